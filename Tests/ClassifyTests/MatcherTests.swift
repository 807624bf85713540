import Testing

@testable import Classify

/// Matching semantics, table by table.
struct MatcherTests {
    static let files = [
        "themes/telemedecine.tsv": "term\tmode\ntélémédecine\tstem\ntéléconsultation\tstem\n",
        "themes/ehpad.tsv": "term\tmode\tweight\nEHPAD\texact\t1.5\nchariot de télémédecine en EHPAD\tstem\t1\nmaison de retraite\tstem\n",
        "themes/ville.tsv": "term\tmode\narticulation ville-hôpital\tstem\nville-hôpital\tstem\n",
        "themes/sante.tsv": "term\tmode\nsanté\texact\n",
        "themes/remun.tsv": "term\nrevaloris*\n",
        "themes/aide.tsv": "term\tmode\texclude\naide\texact\taide en ligne|aide soignant\n",
        "themes/dette.tsv": "term\tnear\nreprise\tdette~4\n",
        "themes/usagers.tsv": "term\tmode\nusager\tstem\nusagers\texact\n",
        "pillars/4.tsv": "term\tmode\nville-hôpital\tstem\ntélémédecine\tstem\n",
    ]

    @Test(arguments: [
        ("Les téléconsultations et la télémédecine", ["telemedecine:téléconsultations", "telemedecine:télémédecine", "4:télémédecine"]),
        ("L’EHPAD et les EHPAD", ["ehpad:EHPAD", "ehpad:EHPAD"]),
        ("Un chariot de télémédecine en EHPAD", ["ehpad:chariot de télémédecine en EHPAD", "4:télémédecine"]),
        ("Articulation ville–hôpital", ["ville:Articulation ville–hôpital", "4:ville–hôpital"]),
        ("ARTICULATION VILLE HOPITAL", ["ville:ARTICULATION VILLE HOPITAL", "4:VILLE HOPITAL"]),
        ("les composantes de la santé", ["sante:santé"]),
        ("Santé, santés, SANTÉ", ["sante:Santé", "sante:SANTÉ"]),
        ("revalorisation, revaloriser, valorisation", ["remun:revalorisation", "remun:revaloriser"]),
        ("une aide alimentaire, l'aide en ligne, une aide-soignante, une aide soignant", ["aide:aide"]),
        ("la reprise partielle de la dette des hôpitaux a été évoquée ; plus tard, la reprise des cours", ["dette:reprise"]),
        ("maisons de retraite", ["ehpad:maisons de retraite"]),
        ("l'usager, les usagers", ["usagers:usager", "usagers:usagers"]),
    ])
    func matches(_ text: String, _ expected: [String]) throws {
        let c = try classifier(Self.files)
        #expect(hits(c, text).sorted() == expected.sorted())
    }

    @Test func nestedEntriesAreNotDoubleCounted() throws {
        let c = try classifier(Self.files)
        let result = c.classify("Articulation ville-hôpital")
        #expect(result.themes["ville"]?.hits == 1)
        #expect(result.themes["ville"]?.score == 2.0)  // 1 × (1 + 0.5 × 2 extra words)
    }

    @Test func resultsDoNotDependOnEntryOrderOrFileOrder() throws {
        let text = "Un chariot de télémédecine en EHPAD, l'articulation ville-hôpital et la maison de retraite."
        let reference = hits(try classifier(Self.files), text)
        for seed in 0..<5 {
            var files: [String: String] = [:]
            for (path, contents) in Self.files {
                var lines = contents.split(separator: "\n").map(String.init)
                let header = lines.removeFirst()
                lines = seed % 2 == 0 ? lines.reversed() : lines.shuffled()
                files[path] = ([header] + lines).joined(separator: "\n") + "\n"
            }
            #expect(hits(try classifier(files), text) == reference)
        }
    }

    @Test func sameWordsCountOnceForACategory() throws {
        let c = try classifier(["themes/t.tsv": "term\tmode\tweight\nEHPAD\texact\t1\nehpad\tstem\t2\n"])
        let result = c.classify("les EHPAD")
        #expect(result.themes["t"] == CategoryScore(score: 2, hits: 1))
    }

    @Test func offsetsIntoTheDocument() throws {
        let c = try classifier(Self.files)
        let result = c.classify("Vers l’EHPAD", offset: 100)
        #expect(result.matches.map { [$0.start, $0.end] } == [[107, 112]])
        #expect(result.tokens == 2)
    }
}
