import ArgumentParser
import Classify
import Foundation
import Ingest
import Logging

struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Scores every passage of documents.jsonl against the pillar and theme lexicons.",
        discussion: "Writes classified.jsonl: one line per scored passage (paragraphs, list items, table rows; never headings, bylines or attendance lists), with pillar and theme scores and the entries that fired. A broken lexicon stops the run before any work, naming the file and line."
    )

    @Option(help: "documents.jsonl written by `ingest`.")
    var documents: String

    @OptionGroup var lexicon: LexiconOptions

    @Option(help: "Folder for classified.jsonl.")
    var out: String

    @Option(help: "Documents classified at once (default: the number of cores).")
    var jobs: Int = ProcessInfoCores.count

    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        guard jobs > 0 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let logger = logging.bootstrap()
        try FatalError.exitOnFatal(logger) {
            let compiled = try ClassifyStage.compile(lexicon.lexicons)
            let documents = try DocumentsFile.read(documents)
            _ = try ClassifyStage(compiled: compiled, jobs: jobs, logger: logger).run(documents, out: URL(fileURLWithPath: out))
        }
    }
}

/// The classify stage as the CLI runs it.
struct ClassifyStage {
    var compiled: CompiledLexicon
    var jobs: Int
    var logger: Logger

    func run(_ documents: [Document], out: URL) throws -> [ClassifiedPassage] {
        let compiled = self.compiled
        let passages = ParallelMap.map(documents, jobs: jobs, makeWorker: { Classifier(compiled) }) { classifier, document in
            classifier.classify(document)
        }.flatMap { $0 }
        try AtomicFile.write(JSONLines.encode(passages), to: out.appendingPathComponent("classified.jsonl"))
        let hits = passages.reduce(0) { $0 + $1.matches.count }
        logger.info("classify: \(passages.count) passages of \(documents.count) documents, \(hits) hits -> \(out.path)")
        return passages
    }

    /// Loads and compiles the lexicons: fatal before any work if they are broken.
    static func compile(_ path: String) throws -> CompiledLexicon {
        CompiledLexicon(try LexiconFolder.load(path), analyzer: Analyzer())
    }

    /// Loads the lexicons (fatal before any work if they are broken) and compiles them on another
    /// thread when `jobs` allows: compiling cannot fail, and its analysis of every term overlaps
    /// the opening of the state.
    static func compileDeferred(_ path: String, jobs: Int) throws -> (lexicon: Lexicon, compiled: Deferred<CompiledLexicon>) {
        let lexicon = try LexiconFolder.load(path)
        return (lexicon, Deferred(jobs: jobs) { CompiledLexicon(lexicon, analyzer: Analyzer()) })
    }
}
