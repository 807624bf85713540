import Foundation
import Testing

@testable import Aggregate

/// findings.json and report.md for the corpus, pinned. Re-record on purpose with
/// `SEGUR_RECORD_GOLDEN=1 swift test --filter GoldenReportTests` (the recording run fails).
struct GoldenReportTests {
    static let recording = ProcessInfo.processInfo.environment["SEGUR_RECORD_GOLDEN"] == "1"

    @Test(arguments: ["findings.json", "report.md"])
    func matchesGolden(_ name: String) throws {
        let report = try CorpusRun.make().report
        let actual = name == "findings.json" ? String(decoding: try report.jsonData(), as: UTF8.self) : report.markdown()
        let url = RepoPaths.golden.appendingPathComponent(name)
        if Self.recording {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name); rerun without SEGUR_RECORD_GOLDEN to check it")
            return
        }
        let expected = try? String(contentsOf: url, encoding: .utf8)
        #expect(expected != nil, "no golden \(name): record it with SEGUR_RECORD_GOLDEN=1")
        #expect(actual == expected, "\(name) differs from its golden file")
    }

    @Test func findingsJSONReadsBack() throws {
        let report = try CorpusRun.make().report
        #expect(try Report.decode(report.jsonData()) == report)
    }
}
