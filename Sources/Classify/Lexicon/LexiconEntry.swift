/// How a lexicon entry compares with the words of a passage.
public enum MatchMode: String, Codable, Sendable, Hashable, CaseIterable {
    /// Folded word forms must be equal: for short or ambiguous words (`aide`, `ars`, `prime`).
    case exact
    /// Snowball stems must be equal: `téléconsultation` also finds `téléconsultations`.
    case stem
    /// The folded word starts with the entry: `revaloris*` finds `revalorisation`, `revaloriser`.
    case prefix
}

/// Whether a category is one of the four Ségur pillars, a theme, or a domain: a vocabulary that
/// is never scored itself and tells whether a passage speaks of a field (health), for the
/// entries whose ``LexiconEntry/context`` asks for it.
public enum CategoryKind: String, Codable, Sendable, Hashable, CaseIterable {
    case pillar
    case theme
    case domain

    /// The kinds that are scored and reported.
    public static let scored: [CategoryKind] = [.pillar, .theme]
}

/// A rule that keeps a hit only when another term stands within `window` words of it.
public struct ProximityRule: Sendable, Hashable, Codable {
    public var term: String
    public var window: Int
}

/// A rule that keeps a hit only where its passage speaks of a domain: a term of the domain stands
/// within `window` words of the hit (anywhere in the passage when `window` is nil), or in the
/// passage's section headings or its document's title.
public struct ContextRule: Sendable, Hashable, Codable {
    /// The domain's id: the file name of `domains/<id>.tsv`.
    public var domain: String
    public var window: Int?
}

/// Where a line of a lexicon file is.
public struct LexiconLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var description: String { "\(file):\(line)" }
}

/// One row of a lexicon file.
public struct LexiconEntry: Sendable, Hashable, Codable {
    public var term: String
    public var mode: MatchMode
    public var weight: Double
    /// Phrases that cancel a hit they overlap (`aide en ligne` for `aide`).
    public var exclusions: [String]
    /// Every rule must hold for the hit to count.
    public var near: [ProximityRule]
    /// When set, the hit counts only in a passage that speaks of the rule's domain.
    public var context: ContextRule?
    /// Words of the word list that share the entry's stem and that it means to match too
    /// (`financer` for `financement`): `lexicon lint --words` reports every other one.
    public var accepted: [String]
    public var location: LexiconLocation
}

/// An example sentence carried by a lexicon file, run by the tests and by `lexicon lint`.
public struct LexiconExample: Sendable, Hashable, Codable {
    public var sentence: String
    /// True for `#match:` (the category must fire), false for `#nomatch:`.
    public var shouldMatch: Bool
    public var location: LexiconLocation
}

/// A pillar or theme: its entries and examples, from one file.
public struct LexiconCategory: Sendable, Hashable, Codable {
    /// The file name without extension, e.g. `telemedecine`, `1-metiers`.
    public var id: String
    public var kind: CategoryKind
    public var label: String
    /// For a theme, the id of the pillar it belongs to (`# pillar:`): a passage that scores the
    /// theme should score that pillar too, and lint checks it on the theme's examples.
    public var pillar: String?
    /// Where the `# pillar:` line is.
    public var pillarLocation: LexiconLocation?
    public var entries: [LexiconEntry]
    public var examples: [LexiconExample]
}

/// Every category, with a digest of the files they came from.
public struct Lexicon: Sendable, Hashable {
    public var categories: [LexiconCategory]
    /// SHA-256 over the files' paths and contents, in path order.
    public var digest: String

    public func categories(of kind: CategoryKind) -> [LexiconCategory] {
        categories.filter { $0.kind == kind }
    }
}
