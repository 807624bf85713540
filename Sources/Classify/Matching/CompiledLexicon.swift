/// One word of a compiled entry: what a passage token must show to match it.
struct TokenPattern: Sendable, Hashable {
    var mode: MatchMode
    var key: String

    func matches(_ token: AnalyzedToken) -> Bool {
        switch mode {
        case .exact: return token.folded == key
        case .stem: return token.stem == key
        case .prefix: return token.folded.utf8.starts(with: key.utf8)
        }
    }
}

/// A lexicon entry turned into token patterns by the same analysis chain as the passages.
public struct CompiledEntry: Sendable, Hashable {
    public var entry: LexiconEntry
    public var category: String
    public var kind: CategoryKind
    var pattern: [TokenPattern]
    /// Phrases (stem patterns) that cancel an overlapping hit.
    var exclusions: [[TokenPattern]]
    var near: [(pattern: [TokenPattern], window: Int)]

    public static func == (a: CompiledEntry, b: CompiledEntry) -> Bool {
        a.entry == b.entry && a.category == b.category && a.kind == b.kind
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

/// A trie over token patterns, one per category kind.
struct PatternTrie: Sendable {
    struct Node: Sendable {
        var exact: [String: Int] = [:]
        var stem: [String: Int] = [:]
        var prefix: [(key: String, child: Int)] = []
        var terminals: [Int] = []
    }

    private(set) var nodes = [Node()]

    mutating func insert(_ pattern: [TokenPattern], entry: Int) {
        var node = 0
        for p in pattern {
            node = child(of: node, for: p)
        }
        nodes[node].terminals.append(entry)
    }

    private mutating func child(of node: Int, for p: TokenPattern) -> Int {
        let existing: Int?
        switch p.mode {
        case .exact: existing = nodes[node].exact[p.key]
        case .stem: existing = nodes[node].stem[p.key]
        case .prefix: existing = nodes[node].prefix.first { $0.key == p.key }?.child
        }
        if let existing { return existing }
        nodes.append(Node())
        let new = nodes.count - 1
        switch p.mode {
        case .exact: nodes[node].exact[p.key] = new
        case .stem: nodes[node].stem[p.key] = new
        case .prefix: nodes[node].prefix.append((p.key, new))
        }
        return new
    }

    /// Calls `body` with each child of `node` that `token` leads to, without collecting them
    /// (most tokens lead nowhere, and that answer must cost no allocation).
    @inline(__always)
    func forEachChild(_ node: Int, _ token: AnalyzedToken, _ body: (Int) -> Void) {
        if !nodes[node].exact.isEmpty, let c = nodes[node].exact[token.folded] { body(c) }
        if !nodes[node].stem.isEmpty, let c = nodes[node].stem[token.stem] { body(c) }
        for p in nodes[node].prefix where token.folded.utf8.starts(with: p.key.utf8) { body(p.child) }
    }
}

/// A whole lexicon ready to match: entries compiled and indexed in one trie per kind.
public struct CompiledLexicon: Sendable {
    public let lexicon: Lexicon
    public let entries: [CompiledEntry]
    let tries: [CategoryKind: PatternTrie]

    public init(_ lexicon: Lexicon, analyzer: Analyzer) {
        self.lexicon = lexicon
        var entries: [CompiledEntry] = []
        var tries: [CategoryKind: PatternTrie] = [.pillar: PatternTrie(), .theme: PatternTrie()]
        for category in lexicon.categories {
            for entry in category.entries {
                let compiled = CompiledEntry(
                    entry: entry, category: category.id, kind: category.kind,
                    pattern: Self.pattern(entry.term, mode: entry.mode, analyzer: analyzer),
                    exclusions: entry.exclusions.map { Self.pattern($0, mode: .stem, analyzer: analyzer) },
                    near: entry.near.map { (Self.pattern($0.term, mode: .stem, analyzer: analyzer), $0.window) })
                entries.append(compiled)
                if !compiled.isUnmatchable { tries[category.kind]!.insert(compiled.pattern, entry: entries.count - 1) }
            }
        }
        self.entries = entries
        self.tries = tries
    }

    /// Exact and prefix words compare folded forms; stem words compare folded stems. In prefix mode
    /// only the last word is a prefix, the others are exact.
    static func pattern(_ term: String, mode: MatchMode, analyzer: Analyzer) -> [TokenPattern] {
        let tokens = analyzer.analyze(term)
        return tokens.enumerated().map { i, t in
            switch mode {
            case .exact: return TokenPattern(mode: .exact, key: t.folded)
            case .stem: return TokenPattern(mode: .stem, key: t.stem)
            case .prefix: return TokenPattern(mode: i == tokens.count - 1 ? .prefix : .exact, key: t.folded)
            }
        }
    }
}
