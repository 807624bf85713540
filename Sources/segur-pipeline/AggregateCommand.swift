import Aggregate
import ArgumentParser
import Classify
import Foundation
import Ingest
import Logging

/// Options shared by `aggregate` and `run`.
struct ReportOptions: ParsableArguments {
    @Option(help: "Folder of an earlier run: its findings.json is compared with this run's (themes rising, falling, new, gone).")
    var previous: String?

    @Option(help: "The date the run stands for (YYYY-MM-DD), written in the run block; no wall clock is read.")
    var asOf: String?

    @Option(name: .customLong("group-by"), help: "Also count the themes by this column (a table's metadata column, department, region or question); repeatable.")
    var groupBy: [String] = []

    func validate() throws { try Self.checkAsOf(asOf) }

    /// `--as-of` must be a real calendar date written `YYYY-MM-DD`.
    static func checkAsOf(_ asOf: String?) throws {
        if let asOf, FrenchDates.first(in: asOf)?.description != asOf {
            throw ValidationError("--as-of must be a date written YYYY-MM-DD, not \(asOf)")
        }
    }

    /// The previous report, if asked for. A missing file is fatal: a nightly job that lost its
    /// previous output should say so, not report every theme as new.
    func previousReport() throws -> Report? { try Self.loadPrevious(previous) }

    static func loadPrevious(_ previous: String?) throws -> Report? {
        guard let previous else { return nil }
        let path = URL(fileURLWithPath: previous).appendingPathComponent("findings.json").path
        guard let data = FileManager.default.contents(atPath: path) else { throw FatalError("no previous report at \(path)") }
        do {
            return try Report.decode(data)
        } catch {
            throw FatalError("\(path) is not a findings.json this version reads: \(error.localizedDescription)")
        }
    }
}

struct AggregateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aggregate",
        abstract: "Ranks recurring themes and pillars across documents and writes the reports.",
        discussion: "Writes findings.json, findings.csv, report.md and report.html (published last), each atomically."
    )

    @Option(help: "classified.jsonl written by `classify`.")
    var classified: String

    @Option(help: "documents.jsonl written by `ingest`.")
    var documents: String

    @OptionGroup var lexicon: LexiconOptions

    @Option(help: "Folder for the reports.")
    var out: String

    @OptionGroup var report: ReportOptions
    @OptionGroup var logging: LoggingOptions

    func run() throws {
        let logger = logging.bootstrap()
        try FatalError.exitOnFatal(logger) {
            let lexicon = try LexiconFolder.load(self.lexicon.lexicons)
            let previous = try report.previousReport()
            try AggregateStage(lexicon: lexicon, asOf: report.asOf, groupBy: report.groupBy, logger: logger).run(
                documents: try DocumentsFile.read(documents), classified: try ClassifiedFile.read(classified),
                previous: previous, out: URL(fileURLWithPath: out))
        }
    }
}

/// The aggregate stage as the CLI runs it.
struct AggregateStage {
    var lexicon: Lexicon
    var asOf: String?
    var groupBy: [String] = []
    var logger: Logger

    func run(documents: [Document], classified: [ClassifiedPassage], previous: Report?, out: URL) throws {
        var aggregator = Aggregator(lexicon: lexicon, toolVersion: SegurPipeline.version, asOf: asOf)
        aggregator.groupBy = groupBy
        let report = aggregator.aggregate(documents: documents, classified: classified, previous: previous)
        // The page people open comes last, once everything it summarises is in place.
        try AtomicFile.write(report.jsonData(), to: out.appendingPathComponent("findings.json"))
        try AtomicFile.write(Data(report.csv().utf8), to: out.appendingPathComponent("findings.csv"))
        try AtomicFile.write(Data(report.markdown().utf8), to: out.appendingPathComponent("report.md"))
        try AtomicFile.write(Data(report.html().utf8), to: out.appendingPathComponent("report.html"))
        let top = report.themes.prefix(3).map { "\($0.id) (\($0.support.documents) docs)" }.joined(separator: ", ")
        logger.info("aggregate: \(report.themes.count) themes ranked; top: \(top) -> \(out.path)")
    }
}
