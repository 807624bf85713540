import Foundation
import GRDB
import Testing

@testable import segur_pipeline

/// Rows are saved through one hand-written `INSERT OR REPLACE`: every column must come back as
/// it went in, nil ones included, and a second save of the same path must replace the first.
struct StateStoreTests {
    static func record(_ path: String, full: Bool) -> DocumentRecord {
        var record = DocumentRecord(
            path: path, sha256: String(repeating: "ab", count: 32), size: 1234, toolVersion: "0.1.0", optionsDigest: "opts",
            status: full ? .ingested : .quarantined, ingestedRun: 3, stamp: full ? "stamp" : nil)
        if full {
            record.warnings = Data("[]".utf8)
            record.document = Data("{\"id\":\"doc\"}".utf8)
            record.lexiconDigest = "lex"
            record.classified = Data("{}\n".utf8)
            record.classifiedRun = 4
        } else {
            record.reason = "empty"
            record.message = "0 bytes"
        }
        return record
    }

    @Test func savedRowsReadBackWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("state-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try StateStore(path: folder.appendingPathComponent("state.sqlite").path)
        let rows = [Self.record("a.html", full: true), Self.record("b.txt", full: false)]
        try store.save(rows)
        #expect(try store.record(path: "a.html") == rows[0])
        #expect(try store.record(path: "b.txt") == rows[1])
        var replaced = rows[1]
        replaced.status = .ingested
        replaced.reason = nil
        replaced.message = nil
        replaced.ingestedRun = 5
        try store.save([replaced])
        #expect(try store.record(path: "b.txt") == replaced)
        #expect(try store.records(results: false).count == 2)
    }
}
