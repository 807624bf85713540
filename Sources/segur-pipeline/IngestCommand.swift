import ArgumentParser
import Foundation
import Ingest
import Logging

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Turns HTML pages and text minutes into documents.jsonl.",
        discussion: "Writes documents.jsonl (one document a line, sorted by path) and diagnostics.jsonl (quarantined files with a reason code, warnings, skipped files; always written) to the output folder. Exit code 2 when a file was quarantined; the other files are processed."
    )

    @Option(help: "Folder of input documents (.html, .htm, .txt, .md) and consultation tables (.csv, .tsv, .jsonl, .json: each row a document), read recursively.")
    var input: String

    @Option(help: "Folder for documents.jsonl and diagnostics.jsonl.")
    var out: String

    @OptionGroup var limits: LimitOptions
    @OptionGroup var logging: LoggingOptions

    func run() throws {
        let logger = logging.bootstrap()
        let (summary, _) = try FatalError.exitOnFatal(logger) {
            try IngestStage(limits: limits, logger: logger).run(input: URL(fileURLWithPath: input), out: URL(fileURLWithPath: out))
        }
        if summary.quarantined > 0 { throw ExitStatus.quarantined }
    }
}

/// Counts reported at the end of a stage.
struct StageSummary {
    var documents = 0
    var quarantined = 0
    var warnings = 0
}

/// The ingest stage as the CLI runs it: walk, ingest in parallel, write both files atomically.
struct IngestStage {
    var limits: LimitOptions
    var logger: Logger

    func run(input: URL, out: URL) throws -> (StageSummary, [Document]) {
        let root = try InputRoot(input.path)
        let listing = InputWalker.walk(root, followLinks: limits.followLinks)
        let tables = try TableExpansion(configs: [], root: root, maxBytes: limits.maxBytes).expand(listing.documents)
        let files = tables.files
        logger.info("ingest: \(files.count) files under \(input.path)")
        let batch = IngestBatch(root: root, memory: MemoryBudget(limit: limits.maxMemory), ingestor: Ingestor(options: limits.ingestOptions), jobs: limits.jobs, logger: logger)
        var documents: [Document] = []
        var diagnostics: [DiagnosticRecord] = []
        var summary = StageSummary()
        for (file, outcome) in zip(files, batch.run(files)) {
            switch outcome {
            case .ingested(let result):
                documents.append(result.document)
                diagnostics += result.warnings.map { DiagnosticRecord.warning(file.relativePath.text, $0) }
                summary.warnings += result.warnings.count
            case .quarantined(let failure):
                diagnostics.append(.quarantined(file.relativePath.text, failure))
                summary.quarantined += 1
            }
        }
        diagnostics += listing.skipped + tables.diagnostics
        summary.quarantined += listing.unlisted + tables.rowErrors
        summary.documents = documents.count
        do {
            try AtomicFile.write(JSONLines.encode(diagnostics), to: out.appendingPathComponent("diagnostics.jsonl"))
            try AtomicFile.write(JSONLines.encode(documents), to: out.appendingPathComponent("documents.jsonl"))
        } catch let error as FatalError {
            throw error
        } catch {
            throw FatalError("cannot write to \(out.path): \(error.localizedDescription)")
        }
        logger.info(
            "ingest: \(summary.documents) documents, \(summary.quarantined) quarantined, \(summary.warnings) warnings -> \(out.path)")
        return (summary, documents)
    }
}
