import ArgumentParser

/// The documented exit codes.
enum ExitStatus {
    /// Every input file became a document.
    static let success = ExitCode(0)
    /// A fatal error: bad arguments after parsing, unreadable input root, outputs not writable.
    static let fatal = ExitCode(1)
    /// The run finished, but some files were quarantined (listed in diagnostics.jsonl).
    static let quarantined = ExitCode(2)
    /// Usage error (ArgumentParser's own, EX_USAGE).
    static let usage = ExitCode(64)
}

/// A fatal problem with a message for the person running the command.
struct FatalError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

import Logging

extension FatalError {
    /// Runs a command's body; a ``FatalError`` is logged and becomes exit code 1.
    static func exitOnFatal<T>(_ logger: Logger, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as FatalError {
            logger.error("\(error.description)")
            throw ExitStatus.fatal
        }
    }
}
