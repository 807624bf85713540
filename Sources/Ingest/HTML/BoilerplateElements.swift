import Foundation

/// Which HTML elements are page furniture rather than content.
enum BoilerplateElements {
    /// Dropped with everything inside them.
    static let names: Set<String> = [
        "nav", "header", "footer", "aside", "script", "style", "noscript", "template", "form", "iframe",
        "svg", "math", "button", "select", "input", "textarea", "object", "embed", "canvas", "audio",
        "video", "map", "head", "title", "menu", "dialog", "link", "meta",
        // A figure's caption and credit line describe a picture, not the text.
        "figcaption",
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
        // Captions, picture credits, comment forms, legal notes.
        "legend", "credit", "credits", "copyright", "respond", "disclaimer", "bio", "byline",
        // A post's date and filing line, ratings, calls to act (subscribe, donate), teaser rows,
        // notices.
        "meta", "postmetadata", "date", "datetime", "dateline", "rating", "ratings", "rate", "cta", "promo",
        "subscribe", "donation", "disclosure", "alert", "teasers", "recirculation",
    ]

    /// Substrings of the lowercased `class` / `id` value.
    static let fragments = [
        "breadcrumb", "cookie", "share", "sidebar", "social", "related", "footer", "navbar", "menu", "toolbar",
        "author", "comment", "caption", "newsletter", "lire-aussi", "lire-egalement", "a-lire", "voir-aussi", "tarteaucitron", "mots-cles",
    ]

    /// What an element is, from its name and attributes.
    enum Verdict: Equatable {
        case content
        /// Dropped with everything inside it: what the element *is* says so (its name, role,
        /// `hidden`, `display:none`).
        case furniture
        /// Named as furniture by a class or id token only (`share`, `sidebar`, `tag-…`): weak
        /// evidence. Real pages put such tokens on the wrapper of the article itself (WordPress's
        /// `tag-<slug>` classes, a `share-zone` around the text, `…-sidebar-second` on a layout
        /// column), so its subtree is dropped only when it does not hold most of the text.
        /// `shape`: the naming value with its digits left out, so that `TOC_TITLE_1`, `TOC_TITLE_2`…
        /// are one name: sections that repeat one name are judged together.
        case namedFurniture(shape: UInt64)
        /// A `<header>`: inside the main container one holding an `<h1>`/`<h2>` is kept (it carries
        /// the page title), any other is dropped. Which, only its end tells.
        case keptIfItHoldsAHeading
    }

    /// - Parameter classNames: what the element's class names (``classNames(_:memo:)``).
    static func verdict(_ element: ElementTraits, _ attributes: ElementAttributes, classNames: Names) -> Verdict {
        if element.contains(.header) { return .keptIfItHoldsAHeading }
        if element.contains(.furniture) { return .furniture }
        if attributes.hidden != nil { return .furniture }
        if let value = attributes.ariaHidden, lowercased(value.bytes) == Array("true".utf8) { return .furniture }
        if let value = attributes.style {
            let style = lowercased(value.bytes).filter { $0 != 0x20 }
            if style.utf8Contains(Array("display:none".utf8)) || style.utf8Contains(Array("visibility:hidden".utf8)) { return .furniture }
        }
        if let value = attributes.role, roles.contains(String(decoding: lowercased(value.bytes), as: UTF8.self)) { return .furniture }
        if classNames.contains(.furniture), let value = attributes.class {
            return .namedFurniture(shape: shape(value.bytes))
        }
        // Ids are often made from headings ("overview-of-debian-maintainer-tools"): only a short
        // id ("main-menu", "site-footer") says what the element is. Ids are unique on a page:
        // judged without the memo.
        if let value = attributes.id, namesFurniture(lowercased(value.bytes), maxTokens: maxIdTokens) {
            return .namedFurniture(shape: shape(value.bytes) ^ 1)
        }
        return .content
    }

    /// What the element's class names (nothing when it has none), judged once per class value on
    /// a page. A date token (`date`, `post-date`, `entry-date`, `dateline`) names an element that
    /// holds the page's date as text.
    static func classNames(_ attributes: ElementAttributes, memo: inout Memo) -> Names {
        guard let value = attributes.class else { return [] }
        return memo.judge(value.bytes, classNames)
    }

    /// What a lowercased class value names, judged once per value (``Memo``).
    struct Names: OptionSet {
        let rawValue: UInt8
        static let furniture = Names(rawValue: 1)
        static let date = Names(rawValue: 2)
    }

    static func classNames(_ lowercased: [UInt8]) -> Names {
        var names: Names = namesFurniture(withoutTaxonomy(lowercased)) ? .furniture : []
        if lowercased.utf8Contains(dateWord), lowercased.split(whereSeparator: { !isAlphanumeric($0) }).contains(where: { dateTokens.contains(Array($0)) }) {
            names.insert(.date)
        }
        return names
    }

    private static let dateWord = Array("date".utf8)
    private static let dateTokens: Set<[UInt8]> = Set(["date", "datetime", "dateline", "pubdate"].map { Array($0.utf8) })

    /// A hash of a class or id value without its ASCII digits.
    private static func shape(_ raw: UnsafeBufferPointer<UInt8>) -> UInt64 {
        WordHash.fnv1a(raw.lazy.filter { !(0x30...0x39).contains($0) }.map(\.asciiLowercased))
    }

    /// Class values already judged, with what they name: a page repeats the same few values on
    /// many elements, and judging one takes a search per furniture word.
    ///
    /// An open-addressing table over one byte arena: a value judged before costs its hash and a
    /// byte comparison, and makes no array (a dictionary of arrays of arrays cost a SipHash and
    /// reference counting per lookup).
    struct Memo {
        private var arena: [UInt8] = []
        private var entries: [(hash: UInt64, start: Int32, count: Int32, names: Names)] = []
        /// 0 when empty, else an entry's number plus one. A power of two, at most half full
        /// (empty until the first value).
        private var slots: [Int32] = []

        mutating func judge(_ raw: UnsafeBufferPointer<UInt8>, _ decide: ([UInt8]) -> Names) -> Names {
            let hash = WordHash.fnv1a(raw)
            if !slots.isEmpty {
                let mask = slots.count - 1
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot] != 0 {
                    let entry = entries[Int(slots[slot]) - 1]
                    if entry.hash == hash, Int(entry.count) == raw.count,
                        raw.isEmpty || arena.withUnsafeBufferPointer({ memcmp($0.baseAddress! + Int(entry.start), raw.baseAddress!, raw.count) == 0 })
                    {
                        return entry.names
                    }
                    slot = (slot &+ 1) & mask
                }
            }
            let names = decide(lowercased(raw))
            entries.append((hash, Int32(arena.count), Int32(raw.count), names))
            arena.append(contentsOf: raw)
            if entries.count * 2 > slots.count {
                slots = [Int32](repeating: 0, count: max(slots.count * 2, 64))
                for i in entries.indices { place(i) }
            } else {
                place(entries.count - 1)
            }
            return names
        }

        private mutating func place(_ i: Int) {
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: entries[i].hash) & mask
            while slots[slot] != 0 { slot = (slot &+ 1) & mask }
            slots[slot] = Int32(i + 1)
        }
    }

    /// A class value without its taxonomy classes: CMSs mark a post with what it is filed under
    /// (WordPress's `tag-<slug>`, `category-<slug>`, Drupal's `taxonomy-term-<id>`), which says
    /// nothing of what the element is: the `tag` in `tag-sante` is not a tag cloud.
    static func withoutTaxonomy(_ v: [UInt8]) -> [UInt8] {
        guard taxonomyPrefixes.contains(where: { v.utf8Contains($0) }) else { return v }
        return v.split(whereSeparator: \.isASCIIWhitespace)
            .filter { word in !taxonomyPrefixes.contains { word.starts(with: $0) && word.count > $0.count } }
            .joined(separator: [0x20]).map { $0 }
    }

    private static let taxonomyPrefixes = ["tag-", "tags-", "category-", "categories-", "taxonomy-", "post_tag-", "term-"].map { Array($0.utf8) }

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
