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

    /// - Parameter section: the domains the passage's section speaks of (``domains(_:)`` of its
    ///   headings and its document's title); a context rule holds for them without a hit nearby.
    public func matches(_ tokens: [AnalyzedToken], section: Set<Int> = []) -> [LexiconMatch] {
        matches(AnalyzedTokens(tokens, keys: lexicon.keys), section: section)
    }

    func matches<Tokens: TokenView>(_ tokens: Tokens, section: Set<Int>) -> [LexiconMatch] {
        var out: [LexiconMatch] = []
        var context = DomainContext(section: section)
        for kind in CategoryKind.scored {
            var ignored: [RejectedMatch] = []
            out += accepted(tokens, kind: kind, context: &context, rejected: &ignored).map { match($0, tokens) }
        }
        return out.sorted { ($0.start, $0.kind.rawValue, $0.category, $0.entry) < ($1.start, $1.kind.rawValue, $1.category, $1.entry) }
    }

    /// The domains (numbers in ``CompiledLexicon/domains``) that have a term in `tokens`.
    public func domains(_ tokens: [AnalyzedToken]) -> Set<Int> {
        domains(AnalyzedTokens(tokens, keys: lexicon.keys))
    }

    func domains<Tokens: TokenView>(_ tokens: Tokens) -> Set<Int> {
        Set(domainHits(tokens).map(\.domain))
    }

    /// Where the domains' terms stand in `tokens`, leftmost-longest as any kind is matched.
    func domainHits<Tokens: TokenView>(_ tokens: Tokens) -> [DomainContext.Hit] {
        var none = DomainContext(section: [])
        var ignored: [RejectedMatch] = []
        return accepted(tokens, kind: .domain, context: &none, rejected: &ignored).compactMap { span in
            lexicon.domains.firstIndex(of: lexicon.entries[span.entry].category).map {
                DomainContext.Hit(domain: $0, first: span.first, end: span.end)
            }
        }
    }

    /// Matches and the hits that did not count, with why.
    public func explain(_ tokens: [AnalyzedToken], section: Set<Int> = []) -> (matches: [LexiconMatch], rejected: [RejectedMatch]) {
        let tokens = AnalyzedTokens(tokens, keys: lexicon.keys)
        var rejected: [RejectedMatch] = []
        var kept: [Span] = []
        var context = DomainContext(section: section)
        for kind in CategoryKind.scored {
            let spans = accepted(tokens, kind: kind, context: &context, rejected: &rejected)
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
    func accepted<Tokens: TokenView>(
        _ tokens: Tokens, kind: CategoryKind, context: inout DomainContext, rejected: inout [RejectedMatch]
    ) -> [Span] {
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
                if let reason = failedCondition(entry, span, tokens, context: &context) {
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

    private func failedCondition<Tokens: TokenView>(
        _ entry: CompiledEntry, _ span: Span, _ tokens: Tokens, context: inout DomainContext
    ) -> RejectedMatch.Reason? {
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
        if let rule = entry.context, !context.holds(rule.domain, window: rule.window, around: span, tokens, self) {
            return .noContext(domain: lexicon.domains[rule.domain], window: rule.window)
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

/// What a passage offers the entries that need a domain: the domains of its section, and the
/// domain terms in its own words, found the first time an entry asks (most passages never do).
struct DomainContext {
    struct Hit: Hashable {
        var domain: Int
        var first: Int
        var end: Int
    }

    let section: Set<Int>
    private var hits: [Hit]?

    init(section: Set<Int>) { self.section = section }

    /// Whether `domain` is in the section, or has a term in the passage within `window` words of
    /// `span` (its last word at most `window` words before the span's first, or its first at
    /// most `window` after the span's last; overlapping counts), anywhere when `window` is nil.
    mutating func holds<Tokens: TokenView>(
        _ domain: Int, window: Int?, around span: Matcher.Span, _ tokens: Tokens, _ matcher: Matcher
    ) -> Bool {
        if section.contains(domain) { return true }
        if hits == nil { hits = matcher.domainHits(tokens) }
        return hits!.contains { hit in
            guard hit.domain == domain else { return false }
            guard let window else { return true }
            return hit.end - 1 >= span.first - window && hit.first <= span.end - 1 + window
        }
    }
}
