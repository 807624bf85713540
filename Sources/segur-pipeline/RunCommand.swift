import ArgumentParser
import Foundation
import Logging

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Ingest, classify and aggregate in one go: documents.jsonl, classified.jsonl and the reports.",
        discussion: "Exit code 2 when some input files were quarantined (the rest is processed and reported)."
    )

    @Option(help: "Folder of input documents (.html, .htm, .txt, .md), read recursively.")
    var input: String

    @OptionGroup var lexicon: LexiconOptions

    @Option(help: "Folder for every output.")
    var out: String

    @OptionGroup var limits: LimitOptions
    @OptionGroup var report: ReportOptions
    @OptionGroup var logging: LoggingOptions

    func run() throws {
        let logger = logging.bootstrap()
        let outURL = URL(fileURLWithPath: out)
        let summary = try FatalError.exitOnFatal(logger) {
            // Everything that can refuse the run does so before any work.
            let compiled = try ClassifyStage.compile(lexicon.lexicons)
            let previous = try report.previousReport()
            let (ingested, documents) = try IngestStage(limits: limits, logger: logger).run(input: URL(fileURLWithPath: input), out: outURL)
            let classified = try ClassifyStage(compiled: compiled, jobs: limits.jobs, logger: logger).run(documents, out: outURL)
            try AggregateStage(lexicon: compiled.lexicon, asOf: report.asOf, logger: logger)
                .run(documents: documents, classified: classified, previous: previous, out: outURL)
            return ingested
        }
        if summary.quarantined > 0 { throw ExitStatus.quarantined }
    }
}
