import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// An exclusive `flock` on `<state>.lock`, held for the life of the process. The kernel releases
/// it when the process ends, however it ends (kill -9 included), so no stale lock survives a crash.
final class RunLock {
    let path: String
    private let fd: Int32

    /// Takes the lock or refuses at once (a second run does not wait for the first).
    init(statePath: String) throws {
        path = statePath + ".lock"
        try? FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FatalError("cannot open the lock file \(path): \(String(cString: strerror(errno)))") }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let holder = (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            close(fd)
            throw FatalError("another segur-pipeline run\(holder.isEmpty ? "" : " (pid \(holder))") holds \(path); this run stops without touching the state or the outputs")
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
