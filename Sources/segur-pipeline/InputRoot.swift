import Foundation
import Ingest

#if canImport(Glibc)
import Glibc
#endif

/// The input folder, held open: every file and folder under it is opened relative to this
/// descriptor, one path component at a time, never following a link (`O_NOFOLLOW`). A link or a
/// FIFO swapped in for a file or a folder between the walk and the read is refused, not
/// followed: nothing outside the root can be read, and nothing can block the run.
final class InputRoot: Sendable {
    let path: String
    let fd: Int32
    /// The root with its links resolved, for checking where a followed link lands.
    private let realPath: String

    init(_ path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw FatalError("input folder \(path) does not exist or is not a folder")
        }
        // The root itself is what the person running the command named: it may be a link.
        fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw FatalError("cannot open the input folder \(path): \(String(cString: strerror(errno)))") }
        self.path = path
        realPath = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }

    deinit { close(fd) }

    /// Opens a folder under the root; -1 with `errno` set on failure.
    func openFolder(_ relative: InputPath) -> Int32 {
        openBeneath(components(relative), last: O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    }

    /// Opens a file under the root for reading: a regular file, reached without following any
    /// link. `O_NONBLOCK` so that a FIFO put in its place does not wait for a writer; `fstat`
    /// then refuses it.
    func openRegularFile(_ relative: InputPath) throws(IngestFailure) -> Int32 {
        let fd = openBeneath(components(relative), last: O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == ELOOP || code == ENOTDIR {
                throw IngestFailure(.notRegularFile, "it or a folder on its path became a symbolic link after it was listed: not followed")
            }
            throw IngestFailure(.unreadable, "cannot open the file (permissions, or it vanished): \(String(cString: strerror(code)))")
        }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw IngestFailure(.notRegularFile, "not a regular file any more (a named pipe, a device or a folder was put in its place)")
        }
        return fd
    }

    /// The target of a link under the root, relative to the root, if it resolves to a path inside it.
    func resolveInside(_ relative: String) -> InputPath? {
        guard let resolved = realpath(path + "/" + relative, nil) else { return nil }
        defer { free(resolved) }
        let target = String(cString: resolved)
        guard target.hasPrefix(realPath + "/") else { return nil }
        return InputPath(String(target.dropFirst(realPath.count + 1)))
    }

    /// The attributes of a regular file under the root, reached without following links.
    func statRegular(_ relative: InputPath) -> stat? {
        guard let fd = try? openRegularFile(relative) else { return nil }
        defer { close(fd) }
        var info = stat()
        return fstat(fd, &info) == 0 ? info : nil
    }

    private func components(_ relative: InputPath) -> [Substring] {
        relative.text.split(separator: "/", omittingEmptySubsequences: true)
    }

    /// Walks `parts` from the root: every folder on the way with `O_NOFOLLOW`, the last part with `last`.
    private func openBeneath(_ parts: [Substring], last: Int32) -> Int32 {
        // A file at the root, the common case: one call.
        if parts.count == 1 { return openat(fd, String(parts[0]), last) }
        var current = dup(fd)
        guard current >= 0 else { return -1 }
        for (i, part) in parts.enumerated() {
            let flags = i == parts.count - 1 ? last : O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC
            let next = openat(current, String(part), flags)
            let code = errno
            close(current)
            guard next >= 0 else {
                errno = code
                return -1
            }
            current = next
        }
        return current
    }
}
