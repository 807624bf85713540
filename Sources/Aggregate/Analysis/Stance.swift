import Ingest

/// What a passage does: report a strength, a difficulty, or make a proposal.
public enum Stance: String, Codable, Sendable, Hashable, CaseIterable {
    case strength, difficulty, proposal

    /// Headings that tag everything under them (folded words, matched as a prefix of the heading).
    static let headings: [(String, Stance)] = [
        ("points forts", .strength), ("ce qui a fonctionne", .strength), ("reussites", .strength),
        ("acquis", .strength), ("avancees", .strength), ("retours positifs", .strength),
        ("difficultes", .difficulty), ("points faibles", .difficulty), ("points de vigilance", .difficulty),
        ("freins", .difficulty), ("constats", .difficulty), ("les difficultes", .difficulty),
        ("des thematiques mises en exergue", .difficulty), ("thematiques mises en exergue", .difficulty),
        ("propositions", .proposal), ("les propositions", .proposal), ("preconisations", .proposal),
        ("recommandations", .proposal), ("pistes", .proposal), ("demandes", .proposal), ("trois demandes", .proposal),
        ("suites a donner", .proposal),
    ]

    /// Cue phrases inside the passage, used when no heading says (folded words).
    static let cues: [(String, Stance)] = [
        ("il faut", .proposal), ("il est necessaire", .proposal), ("necessite de", .proposal), ("proposer", .proposal),
        ("proposent", .proposal), ("propose", .proposal), ("demandent", .proposal), ("souhaitent", .proposal),
        ("il convient", .proposal), ("doit etre", .proposal), ("doivent etre", .proposal), ("recommande", .proposal),
        ("difficulte", .difficulty), ("difficultes", .difficulty), ("manque de", .difficulty), ("insuffisant", .difficulty),
        ("fragile", .difficulty), ("regrettent", .difficulty), ("denoncent", .difficulty), ("epuisement", .difficulty),
        ("a permis", .strength), ("ont permis", .strength), ("remarquable", .strength), ("salue", .strength),
        ("reussite", .strength), ("avancee", .strength),
    ]

    static let cueScanner = PhraseScanner(cues.map(\.0))

    /// The stance of a passage: its nearest tagged heading, else its first cue phrase.
    public static func of(section: [String], text: String) -> Stance? {
        var reader = Reader()
        return reader.stance(section: section, text: text)
    }

    /// Finds stances for many passages, folding each distinct heading once (a document's passages
    /// share their headings).
    struct Reader {
        private var byHeading: [String: Stance?] = [:]

        mutating func stance(section: [String], text: String) -> Stance? {
            headingStance(section) ?? cueScanner.firstPhrase(inWordsOf: text).map { cues[$0].1 }
        }

        /// The same, from the hashes of the passage's folded words (``IngestResult/passageWords``)
        /// instead of its text.
        mutating func stance(section: [String], words: [UInt64]) -> Stance? {
            headingStance(section) ?? cueScanner.firstPhrase(in: words).map { cues[$0].1 }
        }

        private mutating func headingStance(_ section: [String]) -> Stance? {
            for heading in section.reversed() {
                if let stance = tag(heading) { return stance }
            }
            return nil
        }

        /// The stance a heading tags its passages with, if any.
        private mutating func tag(_ heading: String) -> Stance? {
            if let known = byHeading[heading] { return known }
            let words = MatchFolding.words(heading)
            let stance = headings.first { words == $0.0 || words.hasPrefix($0.0 + " ") }?.1
            byHeading[heading] = stance
            return stance
        }
    }
}
