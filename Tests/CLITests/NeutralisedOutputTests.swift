import Foundation
import Testing

/// Text and file names written out are neutralised: an escape sequence, a bidi control or a
/// newline from a document or its name reaches no report and no log line raw, and a social-security
/// number in minutes is masked in every report.
struct NeutralisedOutputTests {
    @Test func escapeSequencesBidiControlsAndNIRDoNotReachTheOutputs() throws {
        let dir = try ScratchFolder()
        let name = "cr\n2020-06-09T10:00:00 error forgé\u{1B}[2J\u{202E}.txt"
        try dir.write("in/" + name, """
            Compte rendu du groupe de travail

            Date : 9 juin 2020

            La télémédecine en EHPAD \u{1B}[31mprogresse\u{1B}[0m pour le patient 1 85 05 78 006 084 36 grâce à l'\u{202E}équipe de téléconsultation.

            """)
        let r = try CLIRunner.run([
            "run", "--input", dir.path("in"), "--out", dir.path("out"), "--lexicons", HostileFileSystemTests.lexicons, "--verbose",
        ])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(!r.stderr.contains("\u{1B}") && !r.stderr.contains("\u{202E}"))
        #expect(!r.stderr.split(separator: "\n").contains { $0.hasPrefix("2020-06-09T10:00:00 error") })
        #expect(r.stderr.contains("forgé"))  // the name is still there, on the line it belongs to

        for report in ["findings.csv", "findings.json", "report.md", "report.html"] {
            let text = try String(contentsOf: dir.url.appendingPathComponent("out/" + report), encoding: .utf8)
            #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E }, "\(report)")
            #expect(!text.contains("006 084"), "\(report) quotes the NIR")
        }
        let quote = try String(contentsOf: dir.url.appendingPathComponent("out/report.md"), encoding: .utf8)
        #expect(quote.contains("numéro de sécurité sociale"))
        #expect(quote.contains("progresse"))
        // findings.json keeps the path's characters, as escapes a reader can see.
        let json = try String(contentsOf: dir.url.appendingPathComponent("out/findings.json"), encoding: .utf8)
        #expect(json.contains("\\u202e"))
        // The CSV has one line per row: the name's newline did not split one.
        let csv = try String(contentsOf: dir.url.appendingPathComponent("out/findings.csv"), encoding: .utf8)
        #expect(csv.split(separator: "\r\n").allSatisfy { !$0.contains("\n") })
    }
}
