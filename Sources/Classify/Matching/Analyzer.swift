import Ingest

/// A normalised token with its stem, ready for matching.
public struct AnalyzedToken: Sendable, Hashable {
    public var form: String
    public var folded: String
    /// The Snowball stem of ``form``, accents folded.
    public var stem: String
    public var start: Int
    public var end: Int
}

/// The analysis chain shared by passages and lexicon entries: ``FrenchNormalizer`` then Snowball,
/// with a form → folded-stem cache. Not thread-safe: one per worker.
public final class Analyzer {
    private let stemmer = SnowballStemmer()
    private var stems: [String: String] = [:]

    public init() {}

    public func analyze(_ text: String) -> [AnalyzedToken] {
        FrenchNormalizer.tokens(text).map { t in
            AnalyzedToken(form: t.form, folded: t.folded, stem: stemKey(t.form), start: t.start, end: t.end)
        }
    }

    func stemKey(_ form: String) -> String {
        if let cached = stems[form] { return cached }
        let key = FrenchNormalizer.fold(stemmer.stem(form))
        if stems.count >= SnowballStemmer.cacheLimit { stems.removeAll(keepingCapacity: true) }
        stems[form] = key
        return key
    }
}
