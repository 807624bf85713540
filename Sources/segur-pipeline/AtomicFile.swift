import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Writes a file so that readers see the old content or the new, never a part: a temporary file in
/// the same folder, fsynced, renamed over the target, then the folder fsynced (``StagedFile``; a
/// target that already holds these bytes is left untouched).
enum AtomicFile {
    static func write(_ data: Data, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let file = try StagedFile(url)
        try file.append(data)
        _ = try file.commit()
    }

    static func syncFolder(_ folder: URL) {
        let fd = open(folder.path, O_RDONLY)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}
