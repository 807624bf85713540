/// An entry that fired, and where.
public struct LexiconMatch: Codable, Sendable, Hashable {
    /// The entry's term as written in its lexicon file.
    public var entry: String
    public var category: String
    public var kind: CategoryKind
    public var mode: MatchMode
    public var weight: Double
    /// Unicode-scalar offsets of the matched words (into the document text in classified.jsonl,
    /// into the analysed text elsewhere).
    public var start: Int
    public var end: Int
    /// Number of words matched.
    public var words: Int
}

/// A hit that was found and then cancelled, or never counted: what `lexicon explain` shows.
public struct RejectedMatch: Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        case excluded(phrase: String)
        case proximity(term: String, window: Int)
        /// A longer or earlier match took these words.
        case shadowed(by: String)
        /// Another entry of the same category with a higher weight took the same words.
        case sameCategory(kept: String)
        /// The entry needs a domain that neither the passage (within `window` words, when set)
        /// nor its section speaks of.
        case noContext(domain: String, window: Int?)
    }

    public var entry: CompiledEntry
    public var start: Int
    public var end: Int
    public var reason: Reason
}
