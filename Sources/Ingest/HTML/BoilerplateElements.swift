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
        "tag", "footer", "banner", "newsletter", "pagination", "pager", "skip", "toolbar",
        "rgpd", "consent", "sharethis", "addthis", "toc",
    ]

    /// Substrings of the lowercased `class` / `id` value.
    static let fragments = [
        "breadcrumb", "cookie", "share", "sidebar", "social", "related", "footer", "navbar", "menu", "toolbar",
        "lire-aussi", "lire-egalement", "a-lire", "voir-aussi", "tarteaucitron", "mots-cles",
    ]

    /// What an element is, from its name and attributes.
    enum Verdict: Equatable {
        case content
        /// Dropped with everything inside it.
        case furniture
        /// A `<header>`: inside the main container one holding an `<h1>`/`<h2>` is kept (it carries
        /// the page title), any other is dropped. Which, only its end tells.
        case keptIfItHoldsAHeading
    }

    /// - Parameter memo: class values already judged on this page.
    static func verdict(_ element: ElementTraits, _ attributes: ElementAttributes, memo: inout Memo) -> Verdict {
        if element.contains(.header) { return .keptIfItHoldsAHeading }
        if element.contains(.furniture) { return .furniture }
        var furniture = false
        // One pass over the attributes; only the few that matter are read.
        attributes.forEach { key, value in
            switch key {
            case AttributeName.hidden: furniture = true
            case AttributeName.ariaHidden: furniture = lowercased(value.bytes) == Array("true".utf8)
            case AttributeName.style:
                let style = lowercased(value.bytes).filter { $0 != 0x20 }
                furniture = style.utf8Contains(Array("display:none".utf8)) || style.utf8Contains(Array("visibility:hidden".utf8))
            case AttributeName.role:
                furniture = roles.contains(String(decoding: lowercased(value.bytes), as: UTF8.self))
            case AttributeName.class:
                furniture = memo.judge(value.bytes) { namesFurniture($0) }
            case AttributeName.id:
                // Ids are often made from headings ("overview-of-debian-maintainer-tools"): only a
                // short id ("main-menu", "site-footer") says what the element is.
                // Ids are unique on a page: judged without the memo.
                furniture = namesFurniture(lowercased(value.bytes), maxTokens: maxIdTokens)
            default: break
            }
            return !furniture
        }
        return furniture ? .furniture : .content
    }

    /// Class values already judged, with their verdicts: a page repeats the same few values
    /// on many elements, and judging one takes a search per furniture word.
    struct Memo {
        private var known: [UInt64: [(value: [UInt8], furniture: Bool)]] = [:]

        mutating func judge(_ raw: UnsafeBufferPointer<UInt8>, _ decide: ([UInt8]) -> Bool) -> Bool {
            let key = WordHash.fnv1a(raw)
            if let hit = known[key]?.first(where: { $0.value.elementsEqual(raw) }) { return hit.furniture }
            let furniture = decide(lowercased(raw))
            known[key, default: []].append((Array(raw), furniture))
            return furniture
        }
    }

    /// Whether a lowercased class or id value names page furniture, by fragment or whole token;
    /// never when it has more than `maxTokens` tokens.
    static func namesFurniture(_ v: [UInt8], maxTokens: Int = .max) -> Bool {
        guard !v.isEmpty else { return false }
        return v.withUnsafeBufferPointer { v in
            var tokens = 0
            var found = false
            var start = 0
            for i in 0...v.count where i == v.count || !isAlphanumeric(v[i]) {
                if i > start {
                    tokens += 1
                    if tokens > maxTokens { return false }
                    found = found || isFurnitureToken(UnsafeBufferPointer(rebasing: v[start..<i]))
                }
                start = i + 1
            }
            return found || containsFragment(v)
        }
    }

    /// A whole token: a listed one, or navigation whatever it is prefixed or suffixed with
    /// (docnav, sidenav, topnav, navlinks, navbox).
    private static func isFurnitureToken(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        if token.count >= 3, token.starts(with: nav) || token.reversed().starts(with: nav.reversed()) { return true }
        guard token.count < tokensByLength.count else { return false }
        return tokensByLength[token.count].contains { $0.elementsEqual(token) }
    }

    /// Whether one of `fragments` occurs: one pass, trying only the fragments that start with
    /// each byte.
    private static func containsFragment(_ v: UnsafeBufferPointer<UInt8>) -> Bool {
        // The table read once: a static in the loop costs a `swift_once` check per byte.
        let byFirstByte = fragmentsByFirstByte
        for i in v.indices {
            for fragment in byFirstByte[Int(v[i])] where fragment.count <= v.count - i {
                if fragment.elementsEqual(UnsafeBufferPointer(rebasing: v[i..<(i + fragment.count)])) { return true }
            }
        }
        return false
    }

    private static let nav = Array("nav".utf8)
    private static let tokensByLength: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: (tokens.map(\.utf8.count).max() ?? 0) + 1)
        for token in tokens { table[token.utf8.count].append(Array(token.utf8)) }
        return table
    }()
    private static let fragmentsByFirstByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for fragment in fragments { table[Int(fragment.utf8.first!)].append(Array(fragment.utf8)) }
        return table
    }()
    static let maxIdTokens = 3

    private static func isAlphanumeric(_ b: UInt8) -> Bool { (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) || b >= 0x80 }

    /// ASCII-lowercased bytes.
    private static func lowercased(_ raw: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        raw.map(\.asciiLowercased)
    }
}
