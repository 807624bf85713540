import Ingest
import Logging

extension Ingestor {
    /// Ingests with the time limit turned into a deadline: the walk stops when it passes, and a file
    /// that finished late is quarantined all the same. The clock is read here, in the CLI; the
    /// library only calls `shouldContinue`.
    /// A table row (``InputFile/Content/tableRow(_:)``) is read by ``Ingestor/ingestRow(_:sha256:logger:)``.
    func ingestWithinTimeLimit(_ file: InputFile, _ bytes: [UInt8], sha256: String? = nil, logger: Logger) throws(IngestFailure) -> IngestResult {
        if case .tableRow = file.content { return try ingestRow(bytes, sha256: sha256, logger: logger) }
        let path = file.relativePath.text
        let limit = options.timeLimitSeconds
        let deadline = ContinuousClock.now.advanced(by: .milliseconds(Int64(limit * 1000)))
        let result = try ingest(bytes, source: SourceInfo(relativePath: path), sha256: sha256, logger: logger, shouldContinue: { ContinuousClock.now < deadline })
        if ContinuousClock.now >= deadline { throw IngestFailure(.timeout, "took longer than the limit of \(limit) s") }
        return result
    }
}
