import Classify

/// How many passages of a theme sit under each kind of heading or cue.
public struct StanceSplit: Codable, Sendable, Hashable {
    public var strength = 0
    public var difficulty = 0
    public var proposal = 0
    public var unspecified = 0

    mutating func add(_ stance: Stance?) {
        switch stance {
        case .strength: strength += 1
        case .difficulty: difficulty += 1
        case .proposal: proposal += 1
        case nil: unspecified += 1
        }
    }
}

/// A verbatim quote from a document, with where it comes from.
public struct Evidence: Codable, Sendable, Hashable {
    public var document: String
    public var path: String
    public var title: String?
    public var section: [String]
    /// The document text between `start` and `end`, with personal data masked.
    public var quote: String
    /// Unicode-scalar offsets into the document's text.
    public var start: Int
    public var end: Int
    /// True when names, e-mail addresses or phone numbers were masked in ``quote``.
    public var masked: Bool
    public var stance: Stance?
}

/// Who supports a finding.
public struct Support: Codable, Sendable, Hashable {
    public var documents: Int
    public var passages: Int
    public var organisations: [String]
    public var regions: [String]
}

/// A group of documents where a theme is more frequent than in the rest of the corpus.
public struct KeyGroup: Codable, Sendable, Hashable {
    /// `region:Occitanie` or `organisation:CRSA`.
    public var group: String
    public var g2: Double
    public var observed: Int
    public var expected: Double
}

public struct EntryCount: Codable, Sendable, Hashable {
    public var entry: String
    public var hits: Int
}

/// A ranked theme or pillar.
public struct Finding: Codable, Sendable, Hashable {
    public var id: String
    public var label: String
    public var kind: CategoryKind
    public var rank: Int
    /// Σ over supporting documents of ln(1 + min(raw, 4)), raw being the document's summed passage
    /// scores: see docs/aggregate.md.
    public var score: Double
    public var support: Support
    /// The largest G² over `key_groups` (0 when the theme is key nowhere).
    public var keyness: Double
    public var keyGroups: [KeyGroup]
    public var topEntries: [EntryCount]
    public var stance: StanceSplit
    public var evidence: [Evidence]

    enum CodingKeys: String, CodingKey {
        case id, label, kind, rank, score, support, keyness
        case keyGroups = "key_groups"
        case topEntries = "top_entries"
        case stance, evidence
    }
}
