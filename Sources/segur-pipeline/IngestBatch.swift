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
    var ingestor: Ingestor
    var jobs: Int
    var logger: Logger

    func run(_ files: [InputFile]) -> [FileOutcome] {
        ParallelMap.map(files, jobs: jobs, makeWorker: { self }) { batch, file in batch.process(file) }
    }

    func process(_ file: InputFile) -> FileOutcome {
        let limit = ingestor.options.timeLimitSeconds
        let deadline = ContinuousClock.now.advanced(by: .milliseconds(Int64(limit * 1000)))
        do {
            let bytes = try read(file)
            let result = try ingestor.ingest(
                bytes, source: SourceInfo(relativePath: file.relativePath), logger: logger,
                shouldContinue: { ContinuousClock.now < deadline })
            if ContinuousClock.now >= deadline {
                throw IngestFailure(.timeout, "took longer than the limit of \(limit) s")
            }
            return .ingested(result)
        } catch let failure as IngestFailure {
            logger.warning("quarantined", metadata: ["path": "\(file.relativePath)", "reason": "\(failure.reason.rawValue)"])
            return .quarantined(failure)
        } catch {
            return .quarantined(IngestFailure(.unreadable, "\(error.localizedDescription)"))
        }
    }

    /// Reads a file, refusing one over the size limit before reading it.
    private func read(_ file: InputFile) throws -> [UInt8] {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: file.url.path)
        } catch {
            throw IngestFailure(.unreadable, "cannot read its attributes: \(error.localizedDescription)")
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        guard size <= ingestor.options.maxBytes else {
            throw IngestFailure(.tooLarge, "\(size) bytes, over the limit of \(ingestor.options.maxBytes)")
        }
        guard let handle = FileHandle(forReadingAtPath: file.url.path) else {
            throw IngestFailure(.unreadable, "cannot open the file (permissions, or it vanished)")
        }
        defer { try? handle.close() }
        do {
            return Array(try handle.readToEnd() ?? Data())
        } catch {
            throw IngestFailure(.unreadable, "read error: \(error.localizedDescription)")
        }
    }
}
