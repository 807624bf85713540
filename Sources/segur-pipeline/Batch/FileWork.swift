import Aggregate
import Classify
import Foundation
import Ingest
import Logging

/// What one input file needs this run, and does it: reuse its stored row, reclassify it, or
/// ingest and classify it.
struct FileWork: Sendable {
    enum Result: Sendable {
        /// The stored row holds; nothing was done. `restamp`: the file was hashed (its stamp was
        /// not the stored one) and its row should now carry this stamp.
        case unchanged(DocumentRecord, restamp: FileStamp?)
        /// New or changed row, to save, with the values it encodes (so they need not be decoded).
        case updated(DocumentRecord, ingested: Bool, values: StageValues?)
        /// Refused before reading (too large) or unreadable: listed, not stored, retried next run.
        case failed(IngestFailure)
    }

    var root: InputRoot
    var memory: MemoryBudget
    var ingestor: Ingestor
    var lexiconDigest: String
    var optionsDigest: String
    var run: Int
    var logger: Logger

    /// - Parameters:
    ///   - stored: the file's row without its stage results.
    ///   - loadFull: reads the row with its results, for a file to reclassify.
    func process(
        _ file: InputFile, stored: DocumentRecord?, classifier: Classifier, loadFull: (InputPath) throws -> DocumentRecord?
    ) -> Result {
        // A file whose trusted stamp is the stored one is not read: its stored digest stands.
        let trusted = file.stamp != nil && stored?.stamp == file.stamp?.text
        if trusted { return decide(file, stored: stored, trusted: true, classifier: classifier, loadFull: loadFull) }
        // Read, hashed and perhaps ingested: its memory reserved first (``MemoryBudget``).
        do {
            return try memory.withReservation(forFileBytes: file.size) {
                decide(file, stored: stored, trusted: false, classifier: classifier, loadFull: loadFull)
            }
        } catch {
            return .failed(error)
        }
    }

    private func decide(
        _ file: InputFile, stored: DocumentRecord?, trusted: Bool, classifier: Classifier, loadFull: (InputPath) throws -> DocumentRecord?
    ) -> Result {
        var read: Read?
        let sha: String
        if trusted, let stored {
            sha = stored.sha256
        } else {
            switch self.read(file) {
            case .success(let done):
                read = done
                sha = done.sha256
            case .failure(let failure): return .failed(failure)
            }
        }
        if var record = stored, record.sha256 == sha, record.toolVersion == SegurPipeline.version,
            record.optionsDigest == optionsDigest,
            !(record.status == .quarantined && DocumentRecord.retriedReasons.contains(record.reason ?? ""))
        {
            guard record.status == .ingested, record.lexiconDigest != lexiconDigest else {
                return .unchanged(record, restamp: trusted ? nil : file.stamp)
            }
            // Only now are the stored results read; a row that cannot give its document is redone.
            guard let full = try? loadFull(record.path), let data = full.document,
                let document = try? JSONDecoder().decode(Document.self, from: data),
                let warnings = try? full.warnings.map({ try JSONDecoder().decode([IngestWarning].self, from: $0) }) ?? []
            else { return ingest(file, read, classifier) }
            record = full
            record.stamp = file.stamp?.text
            var wordHashes: [UInt64] = []
            let classified = classify(document, into: &record, classifier, wordHashes: &wordHashes)
            return .updated(record, ingested: false, values: StageValues(document: document, classified: classified, warnings: warnings, wordHashes: wordHashes))
        }
        return ingest(file, read, classifier)
    }

    /// A file's bytes and their SHA-256.
    private struct Read {
        var bytes: [UInt8]
        var sha256: String
    }

    private func read(_ file: InputFile) -> Swift.Result<Read, IngestFailure> {
        do {
            let bytes = try FileReader.read(file, in: root, maxBytes: ingestor.options.maxBytes)
            return .success(Read(bytes: bytes, sha256: ContentDigest.sha256(bytes)))
        } catch {
            return .failure(error)
        }
    }

    /// - Parameter read: the file's bytes, nil when it was not read (trusted stamp): read here
    ///   then, and hashed again (the stored digest is not trusted for new work).
    private func ingest(_ file: InputFile, _ read: Read?, _ classifier: Classifier) -> Result {
        guard let read else {
            // A trusted file that must be ingested after all: read now, its memory reserved first.
            do {
                return try memory.withReservation(forFileBytes: file.size) {
                    switch self.read(file) {
                    case .success(let done): ingest(file, done, classifier)
                    case .failure(let failure): .failed(failure)
                    }
                }
            } catch {
                return .failed(error)
            }
        }
        let (bytes, sha) = (read.bytes, read.sha256)
        var record = DocumentRecord(
            path: file.relativePath, sha256: sha, size: bytes.count, toolVersion: SegurPipeline.version,
            optionsDigest: optionsDigest, status: .ingested, ingestedRun: run, stamp: file.stamp?.text)
        do {
            let result = try ingestor.ingestWithinTimeLimit(file, bytes, sha256: sha, logger: logger)
            record.document = Data(result.document.jsonBytes)
            record.warnings = JSONLines.encodeArray(result.warnings)
            var wordHashes: [UInt64] = []
            let classified = classify(result.document, into: &record, classifier, wordHashes: &wordHashes)
            return .updated(
                record, ingested: true,
                values: StageValues(
                    document: result.document, classified: classified, warnings: result.warnings, wordHashes: wordHashes,
                    passageWords: result.passageWords))
        } catch let failure {
            record.status = .quarantined
            record.reason = failure.reason.rawValue
            record.message = failure.message
            logger.warning("quarantined", metadata: ["path": "\(file.relativePath)", "reason": "\(failure.reason.rawValue)"])
        }
        return .updated(record, ingested: true, values: nil)
    }

    /// Classifies and stores the result as JSON Lines (one passage a line, as in classified.jsonl);
    /// `wordHashes` receives the scored words for the near-duplicate signature.
    private func classify(
        _ document: Document, into record: inout DocumentRecord, _ classifier: Classifier, wordHashes: inout [UInt64]
    ) -> [ClassifiedPassage] {
        let classified = classifier.classify(document, wordHashes: &wordHashes)
        record.classified = JSONLines.encode(classified)
        record.lexiconDigest = lexiconDigest
        record.classifiedRun = run
        return classified
    }
}

/// A document and its classification, as values, with what the aggregation reads of it alone
/// (computed in the worker: the aggregation after the workers runs on one thread).
struct StageValues: Sendable {
    var document: Document
    var classified: [ClassifiedPassage]
    var warnings: [IngestWarning]
    var facts: DocumentFacts

    /// - Parameters:
    ///   - wordHashes: the folded words of the scorable passages, as the classifier read them
    ///     (``Classifier/classify(_:wordHashes:)``).
    ///   - passageWords: ``IngestResult/passageWords``, for a document ingested in this run.
    init(
        document: Document, classified: [ClassifiedPassage], warnings: [IngestWarning], wordHashes: [UInt64],
        passageWords: [[UInt64]]? = nil
    ) {
        self.document = document
        self.classified = classified
        self.warnings = warnings
        facts = DocumentFacts(document: document, classified: classified, wordHashes: wordHashes, passageWords: passageWords)
    }
}

/// Reads an input file, refusing one over the size limit before reading it. Straight into the
/// byte array the ingestor takes, with open/fstat/read: no `Data` to copy from.
enum FileReader {
    static func read(_ file: InputFile, in root: InputRoot, maxBytes: Int) throws(IngestFailure) -> [UInt8] {
        switch file.content {
        case .file: break
        case .tableRow(let bytes): return bytes
        case .unreadableTable(let failure): throw failure
        }
        let fd = try root.openRegularFile(file.readPath)
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw IngestFailure(.unreadable, "cannot read its attributes: \(String(cString: strerror(errno)))")
        }
        let size = Int(info.st_size)
        guard size <= maxBytes else { throw IngestFailure(.tooLarge, "\(size) bytes, over the limit of \(maxBytes)") }
        var failure: Int32 = 0
        // Not zero-filled first: read(2) writes every byte kept, and a file that shrank while
        // being read is taken as it was read (the count is what was filled).
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var filled = 0
            while filled < size {
                let n = Foundation.read(fd, buffer.baseAddress! + filled, size - filled)
                if n < 0, errno == EINTR { continue }
                if n < 0 { failure = errno }
                if n <= 0 { break }
                filled += n
            }
            count = filled
        }
        if failure != 0 { throw IngestFailure(.unreadable, "read error: \(String(cString: strerror(failure)))") }
        return bytes
    }
}
