import Foundation
import GRDB
import Testing

@testable import segur_pipeline

/// Rows are saved through one hand-written `INSERT OR REPLACE`: every column must come back as
/// it went in, nil ones included, and a second save of the same path must replace the first.
struct StateStoreTests {
    static func record(_ path: InputPath, full: Bool) -> DocumentRecord {
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

    /// A new state is created with its first run counted; each opening for a run counts one more,
    /// and an opening without a run counts none.
    @Test func runsAreNumberedFromOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("state-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("state.sqlite").path
        #expect(try StateStore.openForRun(path: path).run == 1)
        #expect(try StateStore.openForRun(path: path).run == 2)
        #expect(try StateStore(path: path).meta("runs") == "2")
        #expect(try StateStore.openForRun(path: path).run == 3)
    }

    /// The writer's thread saves batches in the order they were handed in: a later batch's row
    /// replaces an earlier one's.
    @Test func writerSavesBatchesInOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("state-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try StateStore(path: folder.appendingPathComponent("state.sqlite").path)
        let writer = StateWriter(store: store)
        var later = Self.record("a.html", full: true)
        later.ingestedRun = 9
        let batches = (0..<20).map { [Self.record(InputPath("f\($0).html"), full: $0 % 2 == 0)] } + [[Self.record("a.html", full: false)], [later]]
        for batch in batches { writer.save(batch) }
        try writer.finish()
        #expect(!writer.failed)
        #expect(try store.record(path: "a.html") == later)
        #expect(try store.records(results: false).count == 21)
    }

    /// A batch that cannot be saved makes ``StateWriter/finish()`` throw, and the batches after
    /// it are not saved.
    @Test func writerReportsTheFirstError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("state-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("state.sqlite").path
        let store = try StateStore(path: path)
        let writer = StateWriter(store: store)
        writer.save([Self.record("kept.html", full: true)])
        try writer.finish()
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "ALTER TABLE documents RENAME TO gone") }
        writer.save([Self.record("lost.html", full: true)])
        #expect(throws: (any Error).self) { try writer.finish() }
        #expect(writer.failed)
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "ALTER TABLE gone RENAME TO documents") }
        writer.save([Self.record("after.html", full: true)])
        #expect(throws: (any Error).self) { try writer.finish() }
        #expect(try store.record(path: "kept.html") != nil)
        #expect(try store.record(path: "after.html") == nil)
    }
}
