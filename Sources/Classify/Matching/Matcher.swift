/// Finds lexicon entries in analysed tokens: leftmost-longest, nested entries not double counted,
/// independently per category kind (a word can count for a pillar and for a theme), with the same
/// result whatever the order of the entries.
///
/// - Complexity: O(n · d) for n tokens and d the branching explored in the trie from each start
///   (in practice a few nodes), not one pass per entry.
public struct Matcher: Sendable {
    public let lexicon: CompiledLexicon

    public init(_ lexicon: CompiledLexicon) { self.lexicon = lexicon }

    /// A raw hit: an entry over tokens `first..<end`.
    struct Span: Hashable {
        var entry: Int
        var first: Int
        var end: Int
    }

    public func matches(_ tokens: [AnalyzedToken]) -> [LexiconMatch] {
        matches(AnalyzedTokens(tokens, keys: lexicon.keys))
    }

    func matches<Tokens: TokenView>(_ tokens: Tokens) -> [LexiconMatch] {
        var out: [LexiconMatch] = []
        for kind in CategoryKind.allCases {
            var ignored: [RejectedMatch] = []
            out += accepted(tokens, kind: kind, rejected: &ignored).map { match($0, tokens) }
        }
        return out.sorted { ($0.start, $0.kind.rawValue, $0.category, $0.entry) < ($1.start, $1.kind.rawValue, $1.category, $1.entry) }
    }

    /// Matches and the hits that did not count, with why.
    public func explain(_ tokens: [AnalyzedToken]) -> (matches: [LexiconMatch], rejected: [RejectedMatch]) {
        let tokens = AnalyzedTokens(tokens, keys: lexicon.keys)
        var rejected: [RejectedMatch] = []
        var kept: [Span] = []
        for kind in CategoryKind.allCases {
            let spans = accepted(tokens, kind: kind, rejected: &rejected)
            kept += spans
            let judged = Set(rejected.map { "\($0.entry.category)|\($0.entry.entry.term)|\($0.start)" })
            guard let trie = lexicon.tries[kind] else { continue }
            for i in 0..<tokens.count {
                for span in complete(tokens, from: i, in: trie) where !spans.contains(span) {
                    let e = lexicon.entries[span.entry]
                    guard !judged.contains("\(e.category)|\(e.entry.term)|\(tokens.start(span.first))") else { continue }
                    let by = spans.first { $0.first < span.end && span.first < $0.end }
                    rejected.append(reject(span, tokens, .shadowed(by: by.map { lexicon.entries[$0.entry].entry.term } ?? "an earlier match")))
                }
            }
        }
        let matches = kept.map { match($0, tokens) }.sorted { ($0.start, $0.category) < ($1.start, $1.category) }
        return (matches, rejected)
    }

    /// Leftmost-longest spans for one kind, after exclusions, proximity and one entry per category.
    func accepted<Tokens: TokenView>(_ tokens: Tokens, kind: CategoryKind, rejected: inout [RejectedMatch]) -> [Span] {
        var kept: [Span] = []
        // Looked up once, not once per token.
        guard let trie = lexicon.tries[kind] else { return [] }
        var i = 0
        while i < tokens.count {
            // Most tokens start no entry: answered from the root's tables, with no call that
            // gathers spans into an array.
            guard trie.hasChild(0, tokens, i) else {
                i += 1
                continue
            }
            let candidates = complete(tokens, from: i, in: trie)
            guard let longest = candidates.map(\.end).max() else {
                i += 1
                continue
            }
            let tied = candidates.filter { $0.end == longest }
            var byCategory: [String: Span] = [:]
            for span in tied.sorted(by: { $0.entry < $1.entry }) {
                let entry = lexicon.entries[span.entry]
                if let reason = failedCondition(entry, span, tokens) {
                    rejected.append(reject(span, tokens, reason))
                    continue
                }
                if let other = byCategory[entry.category] {
                    let (keep, drop) = lexicon.entries[other.entry].entry.weight >= entry.entry.weight ? (other, span) : (span, other)
                    byCategory[entry.category] = keep
                    rejected.append(reject(drop, tokens, .sameCategory(kept: lexicon.entries[keep.entry].entry.term)))
                } else {
                    byCategory[entry.category] = span
                }
            }
            kept += byCategory.values.sorted { $0.entry < $1.entry }
            i = longest
        }
        return kept
    }

    /// Every entry of the trie (one per category kind) that matches completely from token `i`.
    func complete<Tokens: TokenView>(_ tokens: Tokens, from i: Int, in trie: PatternTrie) -> [Span] {
        guard i < tokens.count else { return [] }
        var out: [Span] = []
        var stack: [(node: Int, j: Int)] = []
        trie.forEachChild(0, tokens, i) { stack.append(($0, i + 1)) }
        while let (node, j) = stack.popLast() {
            for entry in trie.nodes[node].terminals { out.append(Span(entry: entry, first: i, end: j)) }
            guard j < tokens.count else { continue }
            trie.forEachChild(node, tokens, j) { stack.append(($0, j + 1)) }
        }
        return out
    }

    private func failedCondition<Tokens: TokenView>(_ entry: CompiledEntry, _ span: Span, _ tokens: Tokens) -> RejectedMatch.Reason? {
        for (k, phrase) in entry.exclusions.enumerated() where !phrase.isEmpty {
            let lower = max(0, span.first - phrase.count + 1)
            let upper = min(tokens.count - phrase.count, span.end - 1)
            guard lower <= upper else { continue }
            for s in lower...upper where phrase.indices.allSatisfy({ phrase[$0].matches(tokens, s + $0) }) {
                return .excluded(phrase: entry.entry.exclusions[k])
            }
        }
        for (k, rule) in entry.near.enumerated() where !rule.pattern.isEmpty {
            // Within N words: the other term starts or ends at most N words away, on either side.
            let from = max(0, span.first - rule.window - rule.pattern.count + 1)
            let to = min(tokens.count - rule.pattern.count, span.end + rule.window - 1)
            let found = from <= to && (from...to).contains { s in
                (s + rule.pattern.count <= span.first || s >= span.end)
                    && rule.pattern.indices.allSatisfy { rule.pattern[$0].matches(tokens, s + $0) }
            }
            if !found { return .proximity(term: entry.entry.near[k].term, window: rule.window) }
        }
        return nil
    }

    private func match<Tokens: TokenView>(_ span: Span, _ tokens: Tokens) -> LexiconMatch {
        let e = lexicon.entries[span.entry]
        return LexiconMatch(
            entry: e.entry.term, category: e.category, kind: e.kind, mode: e.entry.mode, weight: e.entry.weight,
            start: tokens.start(span.first), end: tokens.end(span.end - 1), words: span.end - span.first)
    }

    private func reject<Tokens: TokenView>(_ span: Span, _ tokens: Tokens, _ reason: RejectedMatch.Reason) -> RejectedMatch {
        RejectedMatch(entry: lexicon.entries[span.entry], start: tokens.start(span.first), end: tokens.end(span.end - 1), reason: reason)
    }
}
