import ArgumentParser
import Foundation
import Logging

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "The nightly job: ingest, classify and aggregate, incrementally, with state and a run lock.",
        discussion: "Unchanged files are neither re-ingested nor reclassified (their results are kept in the state database, <out>/state.sqlite by default); a changed lexicon reclassifies without re-ingesting; removed files leave the findings. A second run on the same state refuses. Killed at any point, a rerun ends with the same outputs as an undisturbed run. Exit codes: 0 all processed; 2 finished with quarantined files; 1 fatal; 64 usage."
    )

    @OptionGroup var flags: RunFlags
    @OptionGroup var logging: LoggingOptions

    func run() throws {
        let logger = logging.bootstrap()
        let quarantined = try FatalError.exitOnFatal(logger) {
            let settings = try flags.resolve { logger.warning("\($0)") }
            return try BatchRun(settings: settings, logger: logger, progress: Progress(logger: logger, quiet: logging.quiet)).execute()
        }
        if quarantined > 0 { throw ExitStatus.quarantined }
    }
}
