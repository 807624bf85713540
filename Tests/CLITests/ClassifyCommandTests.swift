import Foundation
import Testing

struct ClassifyCommandTests {
    static let minutes = "# Compte rendu\n\nDate : 9 juin 2020\n\n- La télémédecine en EHPAD a progressé.\n\nEtaient présents :\n\nM. DURAND Paul\tPrésident, télémédecine\n"

    func ingested() throws -> ScratchFolder {
        let dir = try ScratchFolder()
        try dir.write("in/a.txt", Self.minutes)
        try dir.write("lex/themes/telemedecine.tsv", "term\ntélémédecine\n")
        try dir.write("lex/themes/ehpad.tsv", "term\tmode\nEHPAD\texact\n")
        let r = try CLIRunner.run(["ingest", "--input", dir.path("in"), "--out", dir.path("out"), "-q"])
        #expect(r.status == 0)
        return dir
    }

    @Test func writesOneLinePerScorablePassage() throws {
        let dir = try ingested()
        let r = try CLIRunner.run(["classify", "--documents", dir.path("out/documents.jsonl"), "--lexicons", dir.path("lex"), "--out", dir.path("out"), "-q"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try dir.jsonLines("out/classified.jsonl")
        #expect(rows.count == 1)
        let themes = rows.first?["themes"] as? [String: [String: Any]]
        #expect(Set(themes?.keys ?? [:].keys) == ["telemedecine", "ehpad"])
        #expect((rows.first?["matches"] as? [Any])?.count == 2)
    }

    @Test func brokenLexiconStopsBeforeAnyWork() throws {
        let dir = try ingested()
        try dir.write("lex/themes/ehpad.tsv", "term\tmode\nEHPAD\tfuzzy\n")
        let r = try CLIRunner.run(["classify", "--documents", dir.path("out/documents.jsonl"), "--lexicons", dir.path("lex"), "--out", dir.path("out2")])
        #expect(r.status == 1)
        #expect(r.stderr.contains("themes/ehpad.tsv:2: mode must be exact, stem or prefix"))
        #expect(!FileManager.default.fileExists(atPath: dir.path("out2")))
    }

    @Test func lintExitCodes() throws {
        let dir = try ScratchFolder()
        try dir.write("lex/themes/ok.tsv", "#match: la télémédecine\n#nomatch: le télétravail\nterm\ntélémédecine\n")
        let clean = try CLIRunner.run(["lexicon", "lint", dir.path("lex")])
        #expect(clean.status == 0)
        #expect(clean.stdout.contains("0 errors, 0 warnings"))
        try dir.write("lex/themes/bad.tsv", "#match: rien à voir\nterm\ntélémédecine\n")
        let failing = try CLIRunner.run(["lexicon", "lint", dir.path("lex")])
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("error: themes/bad.tsv:1: example: theme bad does not fire on \"rien à voir\""))
    }

    @Test func explainNamesTheEntryThatFires() throws {
        let dir = try ScratchFolder()
        try dir.write("lex/themes/ehpad.tsv", "term\tmode\nEHPAD\texact\n")
        let r = try CLIRunner.run(["lexicon", "explain", "--lexicons", dir.path("lex"), "L’EHPAD", "du", "quartier"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("theme ehpad: entry \"EHPAD\" (exact, weight 1.0) at 2..<7 \"EHPAD\""))
    }

    @Test func importWritesLexiconFilesAndSaysWhatItDropped() throws {
        let dir = try ScratchFolder()
        try dir.write("dict.cat", "EHPAD\n    EHPAD (1)\n    @REGLE EHPAD NEAR SOINS (1)\n")
        let r = try CLIRunner.run(["lexicon", "import", dir.path("dict.cat"), "--out", dir.path("imported")])
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.contains("dropped: 1 items"))
        let written = try String(contentsOfFile: dir.path("imported/themes/ehpad.tsv"), encoding: .utf8)
        #expect(written.contains("ehpad\texact\t1"))
        let lint = try CLIRunner.run(["lexicon", "lint", dir.path("imported")])
        #expect(lint.status == 0)
    }
}
