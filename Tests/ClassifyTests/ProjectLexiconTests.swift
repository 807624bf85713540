import Testing

@testable import Classify
@testable import Ingest

/// The bundled lexicons: every example sentence holds, and lint finds no error.
struct ProjectLexiconTests {
    static func projectClassifier() throws -> Classifier {
        Classifier(CompiledLexicon(try LexiconParser.parse(try RepoPaths.lexiconFiles()), analyzer: Analyzer()))
    }

    @Test func hasTheFourPillarsAndFifteenThemes() throws {
        let lexicon = try LexiconParser.parse(try RepoPaths.lexiconFiles())
        #expect(lexicon.categories(of: .pillar).count == 4)
        #expect(lexicon.categories(of: .theme).count >= 15)
        #expect(lexicon.categories.allSatisfy { $0.examples.contains { $0.shouldMatch } && $0.examples.contains { !$0.shouldMatch } })
    }

    @Test func everyExampleSentenceHolds() throws {
        let failures = ExampleCheck.run(try Self.projectClassifier())
        #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
    }

    @Test func lintFindsNoError() throws {
        let findings = LexiconLinter(try Self.projectClassifier()).lint()
        #expect(!findings.contains { $0.severity == .error }, "\(findings)")
    }

    @Test(arguments: [
        ("L’EHPAD mise sur la télémédecine.", ["ehpad-grand-age", "telemedecine"]),
        ("Articulation ville hôpital et rôle du médecin généraliste", ["ville-hopital"]),
        ("La revalorisation des métiers soignants doit se faire en harmonisation", ["attractivite-remunerations"]),
        // Without a word of health within reach, a generic word counts for nothing (`context`).
        ("La revalorisation des métiers doit se faire en harmonisation", []),
        ("Plus largement, importance de la démocratie sanitaire", ["democratie-sanitaire"]),
        ("les composantes du projet", []),
    ])
    func themesOfSentences(_ text: String, _ themes: [String]) throws {
        #expect(try Self.projectClassifier().classify(text).themes.keys.sorted() == themes)
    }

    @Test func headingsBylinesAndAttendanceAreNotScored() throws {
        let doc = try Ingestor().ingest(Array("""
            # Télémédecine en EHPAD

            Date : 9 juin 2020

            La télémédecine a aidé les EHPAD.

            Etaient présents :
            M. DURAND Paul\tPrésident de la CRSA, télémédecine
            """.utf8), source: SourceInfo(relativePath: "cr.txt")).document
        let results = try Self.projectClassifier().classify(doc)
        let scored = Set(results.map(\.passage))
        let roles = Dictionary(uniqueKeysWithValues: doc.passages.map { ($0.id, $0.role) })
        #expect(scored.allSatisfy { roles[$0] == .paragraph })
        #expect(results.count == 1)
        let scalars = Array(doc.text.unicodeScalars)
        let matched = results[0].matches.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        #expect(matched.contains("télémédecine") && matched.contains("EHPAD"))
    }
}
