/// One word of a compiled entry: what a passage token must show to match it.
struct TokenPattern: Sendable, Hashable {
    var mode: MatchMode
    var key: String
    /// The number of ``key`` in the lexicon's ``LexiconKeys``.
    var id: Int32

    /// Compares strings: an ``AnalyzedToken`` does not say which lexicon's numbers it would have.
    func matches(_ token: AnalyzedToken) -> Bool {
        switch mode {
        case .exact: return token.folded == key
        case .stem: return token.stem == key
        case .prefix: return token.folded.utf8.starts(with: key.utf8)
        }
    }

    /// Whether token `i` of `tokens` (numbered by this pattern's lexicon) matches.
    @inline(__always)
    func matches<Tokens: TokenView>(_ tokens: Tokens, _ i: Int) -> Bool {
        switch mode {
        case .exact: return tokens.foldedID(i) == id
        case .stem: return tokens.stemID(i) == id
        case .prefix: return tokens.folded(i, startsWith: key)
        }
    }
}

/// A lexicon entry turned into token patterns by the same analysis chain as the passages.
public struct CompiledEntry: Sendable, Hashable {
    public var entry: LexiconEntry
    public var category: String
    public var kind: CategoryKind
    /// For a theme's entry that also counts for the theme's pillar (`# pillar:`), the theme.
    public var theme: String?
    var pattern: [TokenPattern]
    /// Phrases (stem patterns) that cancel an overlapping hit.
    var exclusions: [[TokenPattern]]
    var near: [(pattern: [TokenPattern], window: Int)]
    /// The number of the domain the hit needs (in ``CompiledLexicon/domains``), and the window.
    var context: (domain: Int, window: Int?)?

    public static func == (a: CompiledEntry, b: CompiledEntry) -> Bool {
        a.entry == b.entry && a.category == b.category && a.kind == b.kind && a.theme == b.theme
    }

    public func hash(into h: inout Hasher) {
        h.combine(entry)
        h.combine(category)
    }

    /// Whether word `i` of the entry matches `token`.
    public func matchesWord(_ i: Int, _ token: AnalyzedToken) -> Bool {
        i < pattern.count && pattern[i].matches(token)
    }

    /// True when normalisation leaves nothing of the term (it can never match).
    public var isUnmatchable: Bool { pattern.isEmpty || pattern.contains { $0.key.isEmpty } }
}

/// A whole lexicon ready to match: entries compiled and indexed in one trie per kind.
public struct CompiledLexicon: Sendable {
    public let lexicon: Lexicon
    public let entries: [CompiledEntry]
    /// The numbered keys of every pattern: an ``Analyzer`` bound to them resolves its tokens.
    public let keys: LexiconKeys
    let tries: [CategoryKind: PatternTrie]
    /// The domain categories' ids; an entry's context names one by its place here.
    public let domains: [String]
    /// Whether some entry asks for a context: without one, no passage's section is analysed.
    public let needsContext: Bool

    public init(_ lexicon: Lexicon, analyzer: Analyzer) {
        self.lexicon = lexicon
        var keys = LexiconKeys()
        func pattern(_ term: String, _ mode: MatchMode) -> [TokenPattern] {
            Self.pattern(term, mode: mode, analyzer: analyzer, keys: &keys)
        }
        var entries: [CompiledEntry] = []
        var tries: [CategoryKind: PatternTrie] = [.pillar: PatternTrie(), .theme: PatternTrie(), .domain: PatternTrie()]
        let domains = lexicon.categories(of: .domain).map(\.id)
        func add(_ entry: LexiconEntry, category: String, kind: CategoryKind, theme: String? = nil) {
            // The parser has checked that the domain exists.
            let context = entry.context.flatMap { rule in domains.firstIndex(of: rule.domain).map { ($0, rule.window) } }
            let compiled = CompiledEntry(
                entry: entry, category: category, kind: kind, theme: theme,
                pattern: pattern(entry.term, entry.mode),
                exclusions: entry.exclusions.map { pattern($0, .stem) },
                near: entry.near.map { (pattern($0.term, .stem), $0.window) },
                context: context)
            entries.append(compiled)
            if !compiled.isUnmatchable { tries[kind]!.insert(compiled.pattern, entry: entries.count - 1) }
        }
        for category in lexicon.categories {
            for entry in category.entries { add(entry, category: category.id, kind: category.kind) }
        }
        // A theme's words count for its pillar too, so that the two agree by construction; within
        // the pillar, the same words still count once (leftmost-longest, the higher weight).
        for theme in lexicon.categories(of: .theme) {
            guard let pillar = theme.pillar else { continue }
            for entry in theme.entries { add(entry, category: pillar, kind: .pillar, theme: theme.id) }
        }
        for kind in tries.keys { tries[kind]!.index(keyCount: keys.count) }
        self.entries = entries
        self.keys = keys
        self.tries = tries
        self.domains = domains
        self.needsContext = entries.contains { $0.context != nil }
    }

    /// Exact and prefix words compare folded forms; stem words compare folded stems. In prefix mode
    /// only the last word is a prefix, the others are exact.
    static func pattern(_ term: String, mode: MatchMode, analyzer: Analyzer, keys: inout LexiconKeys) -> [TokenPattern] {
        let tokens = analyzer.analyze(term)
        return tokens.enumerated().map { i, t in
            let (mode, key): (MatchMode, String) = switch mode {
            case .exact: (.exact, t.folded)
            case .stem: (.stem, t.stem)
            case .prefix: (i == tokens.count - 1 ? .prefix : .exact, t.folded)
            }
            return TokenPattern(mode: mode, key: key, id: keys.intern(key))
        }
    }
}
