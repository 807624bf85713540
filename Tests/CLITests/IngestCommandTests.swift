import Foundation
import Testing

struct IngestCommandTests {
    static let minutes = "# Compte rendu\n\nDate : 9 juin 2020\n\n- La télémédecine a progressé.\n"
    static let page = "<html><body><main><h1>Actualité</h1><p>Publié le 3 juin 2020. Les EHPAD et la télémédecine.</p></main></body></html>"

    @Test func badFilesAreQuarantinedAndTheRestGoesOn() throws {
        let dir = try ScratchFolder()
        try dir.write("in/a-minutes.txt", Self.minutes)
        try dir.write("in/sous-dossier/b-page.html", Self.page)
        try dir.write("in/c-empty.txt", "")
        try dir.write("in/d-binary.html", [0x3C, 0x68] + [UInt8](repeating: 0x00, count: 12) + [0x01, 0x02, 0x03])
        try dir.write("in/e-deep.html", "<html><body>" + String(repeating: "<div>", count: 300) + "texte" + "</body></html>")
        try dir.write("in/f-notes.pdf", "%PDF-1.4")
        try dir.write("in/.cache.txt", "caché")
        let r = try CLIRunner.run(["ingest", "--input", dir.path("in"), "--out", dir.path("out"), "--jobs", "2"])
        #expect(r.status == 2, "stderr: \(r.stderr)")
        let docs = try dir.jsonLines("out/documents.jsonl")
        #expect(docs.map { $0["path"] as? String } == ["a-minutes.txt", "sous-dossier/b-page.html"])
        let diagnostics = try dir.jsonLines("out/diagnostics.jsonl")
        let byPath = Dictionary(uniqueKeysWithValues: diagnostics.map { ($0["path"] as! String, $0) })
        #expect(byPath["c-empty.txt"]?["code"] as? String == "empty")
        #expect(byPath["d-binary.html"]?["code"] as? String == "binary")
        #expect(byPath["e-deep.html"]?["code"] as? String == "too-deep")
        #expect(byPath["f-notes.pdf"]?["severity"] as? String == "info")
        #expect(byPath[".cache.txt"]?["code"] as? String == "hidden")
        #expect(byPath["f-notes.pdf"]?["code"] as? String == "not-a-document")
        #expect(["c-empty.txt", "d-binary.html", "e-deep.html"].allSatisfy { byPath[$0]?["severity"] as? String == "error" })
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path("out")).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    /// A file name that is not UTF-8 cannot be named in the outputs: it is listed as skipped with
    /// its bytes escaped, never silently lost, and the rest goes on.
    @Test func aFileNameThatIsNotUTF8IsListed() throws {
        let dir = try ScratchFolder()
        try dir.write("in/a.txt", Self.minutes)
        let raw = Array(dir.path("in").utf8) + [0x2F, 0x63, 0x61, 0x66, 0xE9, 0x2E, 0x74, 0x78, 0x74, 0x00]  // "/caf\xE9.txt"
        let fd = raw.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { creat($0.baseAddress!, 0o644) } }
        #expect(fd >= 0)
        close(fd)
        let r = try CLIRunner.run(["ingest", "--input", dir.path("in"), "--out", dir.path("out"), "--quiet"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(try dir.jsonLines("out/documents.jsonl").count == 1)
        let diagnostics = try dir.jsonLines("out/diagnostics.jsonl")
        #expect(diagnostics.contains { $0["path"] as? String == "caf\\xE9.txt" && $0["code"] as? String == "name-not-utf8" })
    }

    @Test func cleanRunExitsZeroAndAlwaysWritesDiagnostics() throws {
        let dir = try ScratchFolder()
        try dir.write("in/a.txt", Self.minutes)
        let r = try CLIRunner.run(["ingest", "--input", dir.path("in"), "--out", dir.path("out"), "--quiet"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(try dir.jsonLines("out/diagnostics.jsonl").isEmpty)
        #expect(try dir.jsonLines("out/documents.jsonl").count == 1)
        #expect(r.stderr.isEmpty)
    }

    @Test func outputDoesNotDependOnJobs() throws {
        let dir = try ScratchFolder()
        for i in 0..<24 {
            try dir.write("in/doc-\(i).txt", Self.minutes + "\nParagraphe numéro \(i) sur les usagers.\n")
            try dir.write("in/page-\(i).html", Self.page.replacingOccurrences(of: "Actualité", with: "Actualité \(i)"))
        }
        for jobs in ["1", "4"] {
            let r = try CLIRunner.run(["ingest", "--input", dir.path("in"), "--out", dir.path("out-\(jobs)"), "--jobs", jobs, "-q"])
            #expect(r.status == 0)
        }
        let one = try Data(contentsOf: URL(fileURLWithPath: dir.path("out-1/documents.jsonl")))
        let four = try Data(contentsOf: URL(fileURLWithPath: dir.path("out-4/documents.jsonl")))
        #expect(one == four)
        #expect(!one.isEmpty)
    }

    @Test func missingInputIsFatalAndWritesNothing() throws {
        let dir = try ScratchFolder()
        let r = try CLIRunner.run(["ingest", "--input", dir.path("nowhere"), "--out", dir.path("out")])
        #expect(r.status == 1)
        #expect(r.stderr.contains("does not exist"))
        #expect(!FileManager.default.fileExists(atPath: dir.path("out/documents.jsonl")))
    }

    @Test(arguments: [["ingest", "--input", "x", "--out", "y", "--jobs", "0"], ["ingest", "--out", "y"], ["ingest", "--bogus"]])
    func usageErrorsExit64(_ arguments: [String]) throws {
        let r = try CLIRunner.run(arguments)
        #expect(r.status == 64)
        #expect(!r.stderr.isEmpty)
    }

    @Test func sizeLimitQuarantinesWithoutReading() throws {
        let dir = try ScratchFolder()
        try dir.write("in/big.txt", String(repeating: "Télémédecine. ", count: 200))
        try dir.write("in/small.txt", Self.minutes)
        let r = try CLIRunner.run(["ingest", "--input", dir.path("in"), "--out", dir.path("out"), "--max-bytes", "1000", "-q"])
        #expect(r.status == 2)
        let diagnostics = try dir.jsonLines("out/diagnostics.jsonl")
        #expect(diagnostics.first?["code"] as? String == "too-large")
        #expect(try dir.jsonLines("out/documents.jsonl").count == 1)
    }
}
