/// Which HTML elements are page furniture rather than content.
enum BoilerplateElements {
    /// Dropped with everything inside them.
    static let names: Set<String> = [
        "nav", "header", "footer", "aside", "script", "style", "noscript", "template", "form", "iframe",
        "svg", "math", "button", "select", "input", "textarea", "object", "embed", "canvas", "audio",
        "video", "map", "head", "title", "menu", "dialog", "link", "meta",
    ]

    static let roles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
        "alertdialog", "toolbar", "tablist",
    ]

    /// Whole tokens of `class` / `id` (split on anything but letters and digits).
    static let tokens: Set<String> = [
        "menu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "ariane", "share", "sharing",
        "partage", "partager", "social", "socials", "cookie", "cookies", "sidebar", "related", "tags",
        "tag", "footer", "banner", "newsletter", "pagination", "pager", "skip", "print", "toolbar",
        "rgpd", "consent", "outils", "tools", "sharethis", "addthis",
    ]

    /// Substrings of the lowercased `class` / `id` value.
    static let fragments = [
        "breadcrumb", "cookie", "share", "sidebar", "social", "related", "footer", "navbar", "menu",
        "lire-aussi", "lire-egalement", "a-lire", "voir-aussi", "tarteaucitron", "mots-cles",
    ]

    /// Whether `node` (an element) and its subtree are boilerplate.
    ///
    /// - Parameter insideMain: inside the chosen main container an article `<header>` holding a
    ///   heading is kept (it carries the page title), while any other `<header>` is dropped.
    static func isBoilerplate(_ node: XMLNode, insideMain: Bool) -> Bool {
        let name = node.name
        if name == "header", insideMain, containsHeading(node) { return false }
        if names.contains(name) { return true }
        if node.attribute("hidden") != nil { return true }
        if node.attribute("aria-hidden")?.lowercased() == "true" { return true }
        if let style = node.attribute("style")?.lowercased().filter({ $0 != " " }),
            style.contains("display:none") || style.contains("visibility:hidden")
        {
            return true
        }
        if let role = node.attribute("role")?.lowercased(), roles.contains(role) { return true }
        for attribute in ["class", "id"] {
            guard let value = node.attribute(attribute)?.lowercased(), !value.isEmpty else { continue }
            if fragments.contains(where: value.contains) { return true }
            let parts = value.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            if parts.contains(where: { tokens.contains(String($0)) }) { return true }
        }
        return false
    }

    private static func containsHeading(_ node: XMLNode) -> Bool {
        var found = false
        node.forEachDescendant { d in
            if d.isElement, ["h1", "h2"].contains(d.name) { found = true }
        }
        return found
    }
}
