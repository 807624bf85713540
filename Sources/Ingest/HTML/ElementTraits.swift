/// What the page reader needs to know about an element name, looked up once per start or end tag
/// in ``ElementTable`` instead of in a set per question.
struct ElementTraits: OptionSet, Sendable {
    let rawValue: UInt32

    // Structure, for the block sink.
    static let block = ElementTraits(rawValue: 1 << 0)
    static let listItem = ElementTraits(rawValue: 1 << 1)
    static let tableRow = ElementTraits(rawValue: 1 << 2)
    static let tableCell = ElementTraits(rawValue: 1 << 3)
    static let link = ElementTraits(rawValue: 1 << 4)
    static let lineBreak = ElementTraits(rawValue: 1 << 5)
    // Furniture and where content is.
    static let furniture = ElementTraits(rawValue: 1 << 6)
    static let header = ElementTraits(rawValue: 1 << 7)
    /// `<h1>`/`<h2>`: keeps the `<header>` holding it.
    static let titleHeading = ElementTraits(rawValue: 1 << 8)
    static let body = ElementTraits(rawValue: 1 << 9)
    static let main = ElementTraits(rawValue: 1 << 10)
    static let article = ElementTraits(rawValue: 1 << 11)
    /// `<script>`, `<style>`, `<head>`: no content candidate and no `<time>` is looked for inside.
    static let hidesContent = ElementTraits(rawValue: 1 << 12)
    /// `<body>`, `<script>`, `<style>`: no head hint is looked for inside.
    static let hidesHeadHints = ElementTraits(rawValue: 1 << 13)
    // Head hints.
    static let title = ElementTraits(rawValue: 1 << 14)
    static let meta = ElementTraits(rawValue: 1 << 15)
    static let linkElement = ElementTraits(rawValue: 1 << 16)
    static let time = ElementTraits(rawValue: 1 << 17)
    /// `<h1>`-`<h6>`; the level is in ``headingLevel``.
    static let heading = ElementTraits(rawValue: 1 << 18)
    /// `<aside>`, `<form>`: furniture that some pages wrap their text in all the same; kept for a
    /// page with nothing else (``ContentCandidate/Rules/everything``).
    static let containerFurniture = ElementTraits(rawValue: 1 << 19)
    /// `<p>`, lists, nested tables, quotations: inside a table cell, they make the table one of
    /// layout rather than of data.
    static let layoutInCell = ElementTraits(rawValue: 1 << 20)
    private static let levelShift: UInt32 = 24

    static func heading(level: Int) -> ElementTraits {
        [.heading, ElementTraits(rawValue: UInt32(level) << levelShift)]
    }

    var headingLevel: Int? { contains(.heading) ? Int(rawValue >> Self.levelShift) : nil }
}

/// Element names with traits, in an open-addressing table keyed by the packed name: a multiply
/// and a compare or two per lookup, no hashing of strings.
struct ElementTable: Sendable {
    private static let slots = 256
    private var keys: [ElementKey]
    private var traits: [ElementTraits]

    static let shared = ElementTable()

    private init() {
        keys = Array(repeating: .none, count: Self.slots)
        traits = Array(repeating: [], count: Self.slots)
        var entries: [String: ElementTraits] = [:]
        func add(_ names: [String], _ t: ElementTraits) {
            for name in names { entries[name, default: []].formUnion(t) }
        }
        add(
            [
                "p", "div", "section", "article", "main", "blockquote", "dd", "dt", "dl", "pre", "figure",
                "figcaption", "caption", "ul", "ol", "table", "thead", "tbody", "tfoot", "header", "address",
                "center", "fieldset", "details", "summary", "hr", "body", "html",
            ], .block)
        add(["li"], .listItem)
        add(["tr"], .tableRow)
        add(["td", "th"], .tableCell)
        add(["a"], .link)
        add(["br"], .lineBreak)
        for level in 1...6 { add(["h\(level)"], .heading(level: level)) }
        add(["h1", "h2"], .titleHeading)
        add(BoilerplateElements.names.filter { $0 != "header" }, .furniture)
        add(["header"], .header)
        add(["aside", "form"], .containerFurniture)
        add(["p", "ul", "ol", "table", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6"], .layoutInCell)
        add(["body"], .body)
        add(["main"], .main)
        add(["article"], .article)
        add(["script", "style", "head"], .hidesContent)
        add(["body", "script", "style"], .hidesHeadHints)
        add(["title"], .title)
        add(["meta"], .meta)
        add(["link"], .linkElement)
        add(["time"], .time)
        for (name, t) in entries {
            let key = ElementKey(name)
            var slot = Self.slot(key)
            while keys[slot] != .none { slot = (slot + 1) & (Self.slots - 1) }
            keys[slot] = key
            traits[slot] = t
        }
    }

    @inline(__always)
    private static func slot(_ key: ElementKey) -> Int {
        Int(truncatingIfNeeded: ((key.low ^ (key.high &* 0x9E37_79B9)) &* 0x9E37_79B9_7F4A_7C15) >> 56)
    }

    func traits(of key: ElementKey) -> ElementTraits {
        guard key != .none else { return [] }
        var slot = Self.slot(key)
        while true {
            let k = keys[slot]
            if k == key { return traits[slot] }
            if k == .none { return [] }
            slot = (slot + 1) & (Self.slots - 1)
        }
    }
}
