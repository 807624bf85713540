/// A category's score in one passage.
public struct CategoryScore: Codable, Sendable, Hashable {
    /// Σ over the category's hits of `weight × (1 + 0.5 × (words − 1))`, rounded to 4 decimals.
    public var score: Double
    /// Number of hits.
    public var hits: Int
}

/// One scored passage: a line of classified.jsonl.
public struct ClassifiedPassage: Codable, Sendable, Hashable {
    public var document: String
    public var passage: String
    /// Number of words in the passage (after normalisation): its length for density measures.
    public var tokens: Int
    /// Pillar id → score, only pillars with hits.
    public var pillars: [String: CategoryScore]
    /// Theme id → score, only themes with hits.
    public var themes: [String: CategoryScore]
    /// Offsets into the document's text.
    public var matches: [LexiconMatch]
}

/// The scoring formula, in one place (documented in docs/classify.md).
public enum Scorer {
    /// A multi-word hit is more specific than a single word: each extra word adds half a weight.
    public static func contribution(of match: LexiconMatch) -> Double {
        match.weight * (1 + 0.5 * Double(match.words - 1))
    }

    public static func scores(_ matches: [LexiconMatch], kind: CategoryKind) -> [String: CategoryScore] {
        var out: [String: CategoryScore] = [:]
        for m in matches where m.kind == kind {
            var s = out[m.category] ?? CategoryScore(score: 0, hits: 0)
            s.score += contribution(of: m)
            s.hits += 1
            out[m.category] = s
        }
        // Rounded in place: `mapValues` built a second dictionary for every passage and kind.
        for i in out.values.indices { out.values[i].score = (out.values[i].score * 10_000).rounded() / 10_000 }
        return out
    }
}
