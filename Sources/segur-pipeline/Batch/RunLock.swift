import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The locks of a run: one on `<state>.lock`, one on `<out>/.segur-pipeline.lock`. Two runs with
/// different states but the same output folder would otherwise interleave their outputs (and one
/// would delete the other's temporaries), so each is exclusive on both; held for the life of the
/// process.
final class RunLock {
    private let locks: [FileLock]

    /// Takes both locks or refuses at once (a second run does not wait for the first).
    init(statePath: String, outFolder: String) throws {
        let state = try FileLock(statePath + ".lock", what: "the state")
        let out = try FileLock(URL(fileURLWithPath: outFolder).appendingPathComponent(".segur-pipeline.lock").path, what: "the output folder")
        locks = [state, out]
    }

    deinit { withExtendedLifetime(locks) {} }
}

/// An exclusive `flock` on one file. The kernel releases it when the process ends, however it ends
/// (kill -9 included), so no stale lock survives a crash.
final class FileLock {
    let path: String
    private let fd: Int32

    init(_ path: String, what: String) throws {
        self.path = path
        try? FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw FatalError("cannot open the lock file \(path): \(String(cString: strerror(errno)))") }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let holder = (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            close(fd)
            throw FatalError(
                "another segur-pipeline run\(holder.isEmpty ? "" : " (pid \(holder))") holds \(path), the lock on \(what); this run stops without touching the state or the outputs")
        }
        ftruncate(fd, 0)
        let pid = "\(getpid())\n"
        _ = pid.withCString { write(fd, $0, strlen($0)) }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
