import Dispatch
import Foundation
import Synchronization

/// documents.jsonl and classified.jsonl, copied from the state's stored JSON on a thread of
/// their own: reading the rows back, hashing and writing them (some 70 MB on the benchmark
/// corpus, 0.3-0.4 s of a one-worker run) overlaps the aggregation instead of coming before it.
/// One row at a time is in memory.
///
/// The staged files are touched only by the writer's queue, until ``commit()`` has waited for it.
final class StageLinesWriter: @unchecked Sendable {
    private let documents: StagedFile
    private let classified: StagedFile
    private let queue = DispatchQueue(label: "segur-pipeline.stage-lines")
    private let failure = Mutex<(any Error)?>(nil)

    init(out: OutputFolder) throws {
        documents = try out.staged("documents.jsonl")
        classified = try out.staged("classified.jsonl")
    }

    /// Copies the stored JSON of `paths`, in that order, then starts putting both files on disk
    /// (``StagedFile/startFlush()``), while the caller goes on. The rows are read a batch at a
    /// time, each batch in a read transaction of its own, so the caller's reads are not held up
    /// for long.
    func copy(_ paths: [InputPath], from store: StateStore) {
        queue.async { [self] in
            do {
                for start in stride(from: 0, to: paths.count, by: Self.batch) {
                    try store.forEachRecord(Array(paths[start..<min(start + Self.batch, paths.count)])) { path, record in
                        guard let record, let document = record.document, let rows = record.classified else {
                            throw OutputSet.damaged(path)
                        }
                        try documents.append(document)
                        try documents.append(CollectionOfOne(0x0A))
                        try classified.append(rows)
                    }
                }
                try documents.startFlush()
                try classified.startFlush()
            } catch {
                failure.withLock { $0 = error }
            }
        }
    }

    private static let batch = 64

    /// Waits for the queued lines, then puts both files in place, documents first (the folder
    /// fsynced after them unless `syncFolder` is false). Throws the first error met.
    func commit(syncFolder: Bool = true) throws -> [(name: String, result: (digest: String, written: Bool))] {
        queue.sync {}
        if let error = failure.withLock({ $0 }) { throw error }
        return [
            ("documents.jsonl", try documents.commit(syncFolder: syncFolder)),
            ("classified.jsonl", try classified.commit(syncFolder: syncFolder)),
        ]
    }
}
