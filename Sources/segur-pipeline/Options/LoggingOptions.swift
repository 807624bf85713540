import ArgumentParser
import Logging

/// How much the pipeline says on stderr.
struct LoggingOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Only errors on stderr.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Per-file detail on stderr.")
    var verbose = false

    var level: Logger.Level { quiet ? .error : verbose ? .debug : .info }

    /// Sends swift-log to stderr at the chosen level. Log lines carry paths and reason codes, never
    /// document text; control characters and line breaks in them are neutralised.
    func bootstrap() -> Logger {
        let level = self.level
        LoggingSystem.bootstrap { label in
            var handler = SafeLogHandler(inner: StreamLogHandler.standardError(label: label))
            handler.logLevel = level
            return handler
        }
        return Logger(label: "segur-pipeline")
    }
}
