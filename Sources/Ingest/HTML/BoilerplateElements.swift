import CLibXML2

/// Which HTML elements are page furniture rather than content.
enum BoilerplateElements {
    /// Dropped with everything inside them.
    static let names: Set<String> = [
        "nav", "header", "footer", "aside", "script", "style", "noscript", "template", "form", "iframe",
        "svg", "math", "button", "select", "input", "textarea", "object", "embed", "canvas", "audio",
        "video", "map", "head", "title", "menu", "dialog", "link", "meta",
    ]
    private static let nameKeys = Set(names.map(ElementKey.init))
    private static let header = ElementKey("header")
    private static let headingKeys = Set(["h1", "h2"].map(ElementKey.init))

    static let roles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
        "alertdialog", "toolbar", "tablist",
    ]

    /// Whole tokens of `class` / `id` (split on anything but letters and digits).
    static let tokens: Set<String> = [
        "menu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "ariane", "share", "sharing",
        "partage", "partager", "social", "socials", "cookie", "cookies", "sidebar", "related", "tags",
        "tag", "footer", "banner", "newsletter", "pagination", "pager", "skip", "toolbar",
        "rgpd", "consent", "sharethis", "addthis", "toc",
    ]

    /// Substrings of the lowercased `class` / `id` value.
    static let fragments = [
        "breadcrumb", "cookie", "share", "sidebar", "social", "related", "footer", "navbar", "menu", "toolbar",
        "lire-aussi", "lire-egalement", "a-lire", "voir-aussi", "tarteaucitron", "mots-cles",
    ]

    /// Whether `node` (an element) and its subtree are boilerplate.
    ///
    /// - Parameter insideMain: inside the chosen main container an article `<header>` holding a
    ///   heading is kept (it carries the page title), while any other `<header>` is dropped.
    static func isBoilerplate(_ node: XMLNode, insideMain: Bool) -> Bool {
        let name = node.key
        if name == header, insideMain, containsHeading(node) { return false }
        if nameKeys.contains(name) { return true }
        // One pass over the attributes; only the few that matter are turned into strings.
        var attr = node.pointee.properties
        while let a = attr {
            attr = a.pointee.next
            guard let rawName = a.pointee.name else { continue }
            switch ElementKey(cString: rawName, lowercasingASCII: true) {
            case Attribute.hidden: return true
            case Attribute.ariaHidden: if value(of: a) == Array("true".utf8) { return true }
            case Attribute.style:
                let style = value(of: a).filter { $0 != 0x20 }
                if style.utf8Contains(Array("display:none".utf8)) || style.utf8Contains(Array("visibility:hidden".utf8)) { return true }
            case Attribute.role:
                if roles.contains(String(decoding: value(of: a), as: UTF8.self)) { return true }
            case Attribute.class:
                if namesFurniture(value(of: a)) { return true }
            case Attribute.id:
                // Ids are often made from headings ("overview-of-debian-maintainer-tools"): only a
                // short id ("main-menu", "site-footer") says what the element is.
                let id = value(of: a)
                if id.split(whereSeparator: { !isAlphanumeric($0) }).count <= maxIdTokens, namesFurniture(id) { return true }
            default: break
            }
        }
        return false
    }

    /// Whether a lowercased class or id value names page furniture, by fragment or whole token.
    static func namesFurniture(_ v: [UInt8]) -> Bool {
        guard !v.isEmpty else { return false }
        if fragmentBytes.contains(where: { v.utf8Contains($0) }) { return true }
        var start = 0
        for i in 0...v.count where i == v.count || !isAlphanumeric(v[i]) {
            if i > start {
                let token = String(decoding: v[start..<i], as: UTF8.self)
                // docnav, sidenav, topnav, navlinks, navbox: navigation, whatever it is prefixed with.
                if tokens.contains(token) || token.hasPrefix("nav") || token.hasSuffix("nav") { return true }
            }
            start = i + 1
        }
        return false
    }

    private static let fragmentBytes = fragments.map { Array($0.utf8) }
    static let maxIdTokens = 3

    private static func isAlphanumeric(_ b: UInt8) -> Bool { (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) || b >= 0x80 }

    private enum Attribute {
        static let hidden = ElementKey("hidden")
        static let ariaHidden = ElementKey("aria-hidden")
        static let style = ElementKey("style")
        static let role = ElementKey("role")
        static let `class` = ElementKey("class")
        static let id = ElementKey("id")
    }

    /// An attribute's value, ASCII-lowercased bytes.
    private static func value(of a: UnsafeMutablePointer<xmlAttr>) -> [UInt8] {
        var out: [UInt8] = []
        var child = a.pointee.children
        while let c = child {
            if var q = c.pointee.content.map({ UnsafePointer($0) }) {
                while q.pointee != 0 {
                    out.append((0x41...0x5A).contains(q.pointee) ? q.pointee | 0x20 : q.pointee)
                    q += 1
                }
            }
            child = c.pointee.next
        }
        return out
    }

    private static func containsHeading(_ node: XMLNode) -> Bool {
        var found = false
        node.forEachDescendant { d in
            if d.isElement, headingKeys.contains(d.key) { found = true }
        }
        return found
    }
}
