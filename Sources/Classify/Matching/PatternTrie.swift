/// A trie over token patterns, one per category kind. Children are indexed by key number
/// (``LexiconKeys``); the root, which every token of every passage asks, answers from two flat
/// tables instead of a dictionary.
struct PatternTrie: Sendable {
    struct Node: Sendable {
        var exact: [Int32: Int] = [:]
        var stem: [Int32: Int] = [:]
        var prefix: [(key: String, child: Int)] = []
        var terminals: [Int] = []
    }

    private(set) var nodes = [Node()]
    /// The root's children by key number (-1: none), filled by ``index(keyCount:)``.
    private var rootExact: [Int] = []
    private var rootStem: [Int] = []

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
        case .exact: existing = nodes[node].exact[p.id]
        case .stem: existing = nodes[node].stem[p.id]
        case .prefix: existing = nodes[node].prefix.first { $0.key == p.key }?.child
        }
        if let existing { return existing }
        nodes.append(Node())
        let new = nodes.count - 1
        switch p.mode {
        case .exact: nodes[node].exact[p.id] = new
        case .stem: nodes[node].stem[p.id] = new
        case .prefix: nodes[node].prefix.append((p.key, new))
        }
        return new
    }

    /// Builds the root's flat tables once every pattern is inserted.
    mutating func index(keyCount: Int) {
        rootExact = [Int](repeating: -1, count: keyCount)
        rootStem = [Int](repeating: -1, count: keyCount)
        for (id, child) in nodes[0].exact { rootExact[Int(id)] = child }
        for (id, child) in nodes[0].stem { rootStem[Int(id)] = child }
    }

    /// Whether token `i` of resolved `tokens` leads anywhere from `node`.
    @inline(__always)
    func hasChild<Tokens: TokenView>(_ node: Int, _ tokens: Tokens, _ i: Int) -> Bool {
        var found = false
        forEachChild(node, tokens, i) { _ in found = true }
        return found
    }

    /// Calls `body` with each child of `node` that token `i` of resolved `tokens` leads to,
    /// without collecting them (most tokens lead nowhere, and that answer must cost no
    /// allocation).
    @inline(__always)
    func forEachChild<Tokens: TokenView>(_ node: Int, _ tokens: Tokens, _ i: Int, _ body: (Int) -> Void) {
        let (folded, stem) = (tokens.foldedID(i), tokens.stemID(i))
        if node == 0 {
            if folded >= 0, case let c = rootExact[Int(folded)], c >= 0 { body(c) }
            if stem >= 0, case let c = rootStem[Int(stem)], c >= 0 { body(c) }
        } else {
            if folded >= 0, !nodes[node].exact.isEmpty, let c = nodes[node].exact[folded] { body(c) }
            if stem >= 0, !nodes[node].stem.isEmpty, let c = nodes[node].stem[stem] { body(c) }
        }
        for p in nodes[node].prefix where tokens.folded(i, startsWith: p.key) { body(p.child) }
    }
}
