import Foundation
import Logging

#if canImport(Glibc)
import Glibc
#endif

/// Progress of a stage: on a terminal, one line rewritten in place (done / total, rate, ETA) on
/// stderr; otherwise a plain log line at each tenth; nothing with --quiet.
///
/// Not thread-safe by itself: the batch calls it under its own lock.
final class Progress: @unchecked Sendable {
    private let logger: Logger
    private let quiet: Bool
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var stage = ""
    private var total = 0
    private var started = ContinuousClock.now
    private var lastDraw = ContinuousClock.now
    private var lastTenth = -1

    init(logger: Logger, quiet: Bool) {
        self.logger = logger
        self.quiet = quiet
    }

    func start(_ stage: String, total: Int) {
        self.stage = stage
        self.total = total
        started = .now
        lastTenth = -1
    }

    func update(done: Int) {
        guard !quiet, total > 0 else { return }
        let elapsed = (ContinuousClock.now - started).seconds
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let eta = rate > 0 ? Double(total - done) / rate : 0
        if isTerminal {
            guard done == total || ContinuousClock.now - lastDraw > .milliseconds(100) else { return }
            lastDraw = .now
            let line = String(format: "\r\u{1B}[K%@: %d/%d documents, %.0f/s, ETA %.0fs", stage, done, total, rate, eta)
            FileHandle.standardError.write(Data(line.utf8))
            if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
        } else {
            let tenth = done * 10 / total
            guard tenth > lastTenth else { return }
            lastTenth = tenth
            logger.info("progress", metadata: ["stage": "\(stage)", "done": "\(done)", "total": "\(total)", "rate": "\(Int(rate))/s"])
        }
    }
}
