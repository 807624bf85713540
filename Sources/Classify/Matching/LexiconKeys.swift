/// Every string a lexicon's patterns compare (folded words and folded stems), numbered from 0.
/// A token is resolved to these numbers once, when it is analysed, so that matching compares and
/// indexes integers instead of hashing strings.
public struct LexiconKeys: Sendable {
    /// The number of a token's key that the lexicon does not hold.
    public static let absent: Int32 = -2
    /// The number of a token analysed without a lexicon.
    public static let unresolved: Int32 = -1

    private var ids: [String: Int32] = [:]

    /// How many keys are numbered.
    public var count: Int { ids.count }

    /// The number of `key`, or ``absent``.
    public func id(_ key: String) -> Int32 { ids[key] ?? Self.absent }

    /// The number of `key`, numbering it if it is new.
    mutating func intern(_ key: String) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(ids.count)
        ids[key] = id
        return id
    }
}
