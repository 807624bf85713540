import Classify

/// What the run was made of, so two reports can be compared.
public struct RunInfo: Codable, Sendable, Hashable {
    public var toolVersion: String
    public var lexiconDigest: String
    /// SHA-256 over the documents' paths and content digests, in path order.
    public var corpusDigest: String
    /// The `--as-of` date given to the run, if any (no wall clock is read).
    public var asOf: String?
    public var counts: Counts

    public struct Counts: Codable, Sendable, Hashable {
        public var documents: Int
        /// Documents left out as near-duplicates of another.
        public var duplicates: Int
        public var passages: Int
        public var scoredPassages: Int
        public var matches: Int

        enum CodingKeys: String, CodingKey {
            case documents, duplicates, passages
            case scoredPassages = "scored_passages"
            case matches
        }
    }

    enum CodingKeys: String, CodingKey {
        case toolVersion = "tool_version"
        case lexiconDigest = "lexicon_digest"
        case corpusDigest = "corpus_digest"
        case asOf = "as_of"
        case counts
    }
}

/// Documents counted once because they say the same thing.
public struct DuplicateGroup: Codable, Sendable, Hashable {
    public var kept: String
    public var dropped: [String]
    /// Estimated Jaccard similarity of the word shingles (MinHash), lowest in the group.
    public var similarity: Double
}

/// One text sent by many contributions of a consultation (a campaign): a signal of mobilisation,
/// reported as such, while the ranking counts the text once (its copies are near-duplicates).
public struct Campaign: Codable, Sendable, Hashable {
    /// Contributions that sent the text, the first one included.
    public var contributions: Int
    /// The first contribution's document path.
    public var path: String
    /// The start of the text, personal data masked.
    public var excerpt: String
}

/// Documents supporting each pillar, by organisation type or by region.
public struct CrossTable: Codable, Sendable, Hashable {
    public var rows: [String]
    public var columns: [String]
    /// `cells[row][column]`.
    public var cells: [[Int]]
}

/// A theme's movement since the previous run.
public struct Trend: Codable, Sendable, Hashable {
    public enum Status: String, Codable, Sendable, Hashable {
        case new, gone, rising, falling, stable
    }

    public var id: String
    public var label: String
    public var status: Status
    public var previousRank: Int?
    public var rank: Int?
    public var previousScore: Double?
    public var score: Double?
    public var previousDocuments: Int?
    public var documents: Int?

    enum CodingKeys: String, CodingKey {
        case id, label, status
        case previousRank = "previous_rank"
        case rank
        case previousScore = "previous_score"
        case score
        case previousDocuments = "previous_documents"
        case documents
    }
}

/// The aggregation's result: findings.json, and what the other reports render.
public struct Report: Codable, Sendable, Hashable {
    public static let schemaVersion = 1

    /// A near-duplicate group's dropped paths as the reports list them: the first
    /// ``listedDuplicates`` (a campaign's thousands of copies would fill the page), then a count.
    static func listed(_ dropped: [String]) -> ArraySlice<String> { dropped.prefix(listedDuplicates) }

    static func more(_ dropped: [String]) -> String {
        dropped.count > listedDuplicates ? " et \(dropped.count - listedDuplicates) autres" : ""
    }

    static let listedDuplicates = 10

    public var schemaVersion: Int
    public var run: RunInfo
    public var themes: [Finding]
    public var pillars: [Finding]
    public var pillarsByOrganisation: CrossTable
    public var pillarsByRegion: CrossTable
    /// Documents supporting each theme by the value of a column asked for (``Aggregator/groupBy``):
    /// a table's metadata column, `department`, `region` or `question`. Nil when none was asked.
    public var themesBy: [String: CrossTable]?
    public var duplicates: [DuplicateGroup]
    /// Texts copied by many contributions of a consultation table; nil when there is none.
    public var campaigns: [Campaign]?
    /// Nil unless a previous report was given.
    public var trends: [Trend]?

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version"
        case run, themes, pillars
        case pillarsByOrganisation = "pillars_by_organisation"
        case pillarsByRegion = "pillars_by_region"
        case themesBy = "themes_by"
        case duplicates, campaigns, trends
    }
}
