import Testing

@testable import Classify
@testable import Ingest

/// Entries that count only where their passage speaks of a domain (`context` column).
struct ContextRuleTests {
    static let files = [
        "domains/sante.tsv": "term\tmode\nhôpital\tstem\nmédecin\tstem\n",
        "pillars/2-investissement.tsv": "term\tmode\tcontext\nfinancement\tstem\tsante~3\nbudget\tstem\tsante\nONDAM\texact\n",
    ]

    @Test(arguments: [
        ("Le financement des hôpitaux.", ["financement"]),
        ("Le financement des communes.", []),
        // `hôpital` is four words after `financement`: outside a window of 3.
        ("Le financement de toutes les petites routes et de l'hôpital.", []),
        // Without a window, anywhere in the passage.
        ("Le budget de la commune et, plus loin dans la phrase, l'hôpital.", ["budget"]),
        ("L'ONDAM progresse.", ["ONDAM"]),
    ])
    func hitNeedsItsDomainNearby(_ text: String, _ entries: [String]) throws {
        let result = try classifier(Self.files).classify(text)
        #expect(result.matches.map(\.entry) == entries)
    }

    @Test func theSectionGivesTheContext() throws {
        let c = try classifier(Self.files)
        #expect(c.classify("Le financement des communes.", section: ["Les moyens de l'hôpital"]).matches.map(\.entry) == ["financement"])
        #expect(c.classify("Le financement des communes.", section: ["Les routes"]).matches.isEmpty)
    }

    @Test func aDocumentsHeadingsAndTitleGiveTheContext() throws {
        let minutes = """
            # Compte rendu

            ## Les médecins du territoire

            Le financement des communes est en débat.

            ## Les routes

            Le financement des communes est en débat.
            """
        let doc = try Ingestor().ingest(Array(minutes.utf8), source: SourceInfo(relativePath: "cr.txt")).document
        #expect(doc.title == "Compte rendu")
        #expect(try classifier(Self.files).classify(doc).map { $0.matches.map(\.entry) } == [["financement"], []])
        let titled = minutes.replacingOccurrences(of: "# Compte rendu", with: "# Compte rendu : l'hôpital")
        let all = try Ingestor().ingest(Array(titled.utf8), source: SourceInfo(relativePath: "cr.txt")).document
        #expect(try classifier(Self.files).classify(all).map { $0.matches.map(\.entry) } == [["financement"], ["financement"]])
    }

    @Test func explainSaysWhyAHitWasRejected() throws {
        let c = try classifier(Self.files)
        let (matches, rejected) = c.matcher.explain(c.analyzer.analyze("Le financement des communes."))
        #expect(matches.isEmpty)
        #expect(rejected.map(\.reason) == [.noContext(domain: "sante", window: 3)])
    }

    @Test func domainsAreNeverScored() throws {
        let result = try classifier(Self.files).classify("Les médecins de l'hôpital.")
        #expect(result.matches.isEmpty && result.pillars.isEmpty && result.themes.isEmpty)
        #expect(try classifier(Self.files).domains(in: "Les médecins de l'hôpital.") == [0])
    }

    @Test(arguments: [
        ("pillars/p.tsv", "term\tcontext\nbudget\tfinances\n", 2, "context names the domain \"finances\", but no domains/finances.tsv"),
        ("pillars/p.tsv", "term\tcontext\nbudget\tsante~0\n", 2, "context must read domain or domain~N"),
        ("pillars/p.tsv", "term\tcontext\nbudget\tsan/te\n", 2, "context must read domain or domain~N"),
        ("domains/autre.tsv", "term\tcontext\nbudget\tsante\n", 2, "a domain entry cannot ask for a context"),
    ])
    func badContextsNameFileAndLine(_ path: String, _ contents: String, _ line: Int, _ reason: String) {
        #expect {
            _ = try LexiconParser.parse([
                LexiconFile(path: "domains/sante.tsv", contents: "term\nhôpital\n"), LexiconFile(path: path, contents: contents),
            ])
        } throws: { error in
            guard case .malformedRow(let file, let l, let r) = error as? LexiconError else { return false }
            return file == path && l == line && r.contains(reason)
        }
    }
}

/// Themes that belong to a pillar (`# pillar:`): their words count for the pillar too.
struct ThemePillarTests {
    static let files = [
        "pillars/4-territoires.tsv": "term\nterritoire\n",
        "themes/urgences.tsv": "# pillar: 4-territoires\nterm\tmode\nurgences\texact\n",
    ]

    @Test func aThemeHitCountsForItsPillar() throws {
        let result = try classifier(Self.files).classify("Trois heures d'attente aux urgences.")
        #expect(result.themes.keys.sorted() == ["urgences"])
        #expect(result.pillars.keys.sorted() == ["4-territoires"])
        #expect(result.matches.map { "\($0.kind.rawValue):\($0.category):\($0.entry)" } == ["pillar:4-territoires:urgences", "theme:urgences:urgences"])
    }

    @Test func theSameWordsCountOnceInThePillar() throws {
        let c = try classifier([
            "pillars/p.tsv": "term\tmode\tweight\nurgences\texact\t2\n",
            "themes/t.tsv": "# pillar: p\nterm\tmode\nurgences\texact\n",
        ])
        let result = c.classify("aux urgences")
        #expect(result.pillars["p"]?.hits == 1)
        #expect(result.pillars["p"]?.score == 2)
    }

    @Test func anUnknownPillarStopsTheParse() {
        #expect(throws: LexiconError.malformedRow(file: "themes/t.tsv", line: 1, reason: "\"9-rien\" is not a pillar (pillars: p)")) {
            try LexiconParser.parse([
                LexiconFile(path: "pillars/p.tsv", contents: "term\nx\n"),
                LexiconFile(path: "themes/t.tsv", contents: "# pillar: 9-rien\nterm\ny\n"),
            ])
        }
        #expect(throws: LexiconError.malformedRow(file: "pillars/q.tsv", line: 1, reason: "only a theme belongs to a pillar")) {
            try LexiconParser.parse([
                LexiconFile(path: "pillars/p.tsv", contents: "term\nx\n"),
                LexiconFile(path: "pillars/q.tsv", contents: "# pillar: p\nterm\ny\n"),
            ])
        }
    }

    @Test func lintReportsAThemeExampleThatMissesItsPillar() throws {
        // The pillar's longer entry of another pillar takes the words: the theme fires alone.
        let c = try classifier([
            "pillars/p.tsv": "term\nx\n",
            "pillars/q.tsv": "term\naux urgences\n",
            "themes/t.tsv": "# pillar: p\n#match: aux urgences\nterm\tmode\nurgences\texact\n",
        ])
        let findings = LexiconLinter(c).lint().map(\.description)
        #expect(findings.contains { $0.hasPrefix("error: themes/t.tsv:2: example: theme t fires but its pillar p does not") })
    }
}
