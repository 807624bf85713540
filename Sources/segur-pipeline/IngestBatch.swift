import Foundation
import Ingest
import Logging

/// What one file gave: a document with its notes, or a quarantine record.
enum FileOutcome: Sendable {
    case ingested(IngestResult)
    case quarantined(IngestFailure)
}

/// Ingests files on `jobs` threads. Results come back in input order whatever the scheduling, so
/// the output does not depend on `jobs`.
struct IngestBatch {
    var root: InputRoot
    var memory: MemoryBudget
    var ingestor: Ingestor
    var jobs: Int
    var logger: Logger

    func run(_ files: [InputFile]) -> [FileOutcome] {
        ParallelMap.map(files, jobs: jobs, makeWorker: { self }) { batch, file in batch.process(file) }
    }

    func process(_ file: InputFile) -> FileOutcome {
        do throws(IngestFailure) {
            return .ingested(
                try memory.withReservation(forFileBytes: file.size) { () throws(IngestFailure) -> IngestResult in
                    let bytes = try FileReader.read(file, in: root, maxBytes: ingestor.options.maxBytes)
                    return try ingestor.ingestWithinTimeLimit(file, bytes, logger: logger)
                })
        } catch {
            logger.warning("quarantined", metadata: ["path": "\(file.relativePath)", "reason": "\(error.reason.rawValue)"])
            return .quarantined(error)
        }
    }
}
