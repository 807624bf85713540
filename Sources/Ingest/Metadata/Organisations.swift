/// The bodies that publish Ségur consultation documents, as named in text.
enum Organisations {
    struct Body {
        var acronym: String
        /// Folded word sequences naming the body.
        var names: [String]
        /// Regional bodies are named with their region ("ARS Occitanie").
        var isRegional: Bool
        /// Bodies that hold meetings and write minutes.
        var writesMinutes: Bool
    }

    static let all: [Body] = [
        Body(acronym: "CRSA", names: ["crsa", "conference regionale de la sante et de l autonomie"], isRegional: true, writesMinutes: true),
        Body(acronym: "CTS", names: ["cts", "conseil territorial de sante", "conseils territoriaux de sante"], isRegional: false, writesMinutes: true),
        Body(acronym: "CSA", names: ["csa", "conference de la sante et de l autonomie"], isRegional: true, writesMinutes: true),
        Body(acronym: "ARS", names: ["ars", "agence regionale de sante"], isRegional: true, writesMinutes: false),
        Body(acronym: "Ministère des Solidarités et de la Santé", names: ["ministere des solidarites et de la sante"], isRegional: false, writesMinutes: false),
    ]

    /// Words that make a document read as minutes of a meeting.
    static let minutesCues = ["compte rendu", "ordre du jour", "tour de table", "releve de decisions", "seance", "groupe de travail"]
        .map(WordIndex.Phrase.init)

    /// Each body's names, then its acronym followed by each region alias ("ars grand est"), split once.
    private static let namePhrases: [[WordIndex.Phrase]] = all.map { $0.names.map(WordIndex.Phrase.init) }
    private static let regionalPhrases: [[WordIndex.Phrase]] = all.map { body in
        Regions.all.flatMap(\.aliases).map { WordIndex.Phrase("\(body.names[0]) \($0)") }
    }

    /// Chooses the publishing body: an ARS address or site name first; otherwise the most
    /// mentioned body, mentions in the title counting three times and, in minutes, meeting
    /// bodies (CRSA, CTS, CSA) counting double. Ties go to the order of ``all``.
    /// Doubles as the test of whether a document is about health bodies at all.
    static func infer(title: WordIndex, body: WordIndex, addresses: [String], siteName: String?, isMinutes: Bool) -> Body? {
        if addresses.contains(where: { $0.utf8Contains("ars.sante.fr") }) || (siteName.map { MatchFolding.words($0) }.map(mentionsARS) ?? false) {
            return all.first { $0.acronym == "ARS" }
        }
        var best: (Body, Int)?
        for (candidate, (names, regional)) in zip(all, zip(namePhrases, regionalPhrases)) {
            // A long form ("agence régionale de santé") or an acronym with its region ("ARS Grand
            // Est") is worth two passing acronyms.
            var score = names.enumerated().reduce(0) { n, named in
                n + body.count(named.element) * (named.offset == 0 ? 1 : 2) + 3 * title.count(named.element)
            }
            score += regional.reduce(0) { $0 + body.count($1) }
            if isMinutes && candidate.writesMinutes { score *= 2 }
            // One passing acronym ("CSA" in a software manual) is not enough: two mentions, a title
            // mention or, in minutes, a meeting body.
            if score >= 2, score > (best?.1 ?? 0) { best = (candidate, score) }
        }
        return best?.0
    }

    private static func mentionsARS(_ words: String) -> Bool {
        let padded = " " + words + " "
        return padded.utf8Contains(" ars ") || padded.utf8Contains(" agence regionale de sante ")
    }
}
