import Foundation
import Ingest
import Synchronization

/// An output written piece by piece into a temporary file beside it, then put in place atomically
/// (fsynced, renamed over the target, folder fsynced), or dropped when the target already holds the
/// same bytes. Memory stays at one buffer, whatever the size of the file.
final class StagedFile {
    let target: URL
    private let temp: URL
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var digest = ContentDigest.Running()
    private(set) var size = 0
    /// The flush started by ``startFlush()`` and how many bytes it covers.
    private var flush: (task: FlushTask, size: Int)?
    private static let bufferSize = 1 << 20

    init(_ target: URL) throws {
        self.target = target
        temp = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).tmp-\(getpid())")
        // open(2), not FileManager.createFile: that one writes an empty file atomically (a
        // temporary file of its own, then a rename) before it is opened again here.
        let fd = open(temp.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FatalError("cannot create \(temp.path): \(String(cString: strerror(errno)))") }
        handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        buffer.reserveCapacity(Self.bufferSize)
    }

    /// A file dropped without its commit (an error on the way) still waits for a flush started
    /// on it, so that the descriptor is not closed, and its number reused, under the flush.
    deinit {
        if let flush { _ = flush.task.wait() }
        try? handle.close()
    }

    func append(_ bytes: some Collection<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        size += bytes.count
        if buffer.count >= Self.bufferSize { try drain() }
    }

    private func drain() throws {
        buffer.withUnsafeBytes { digest.update($0) }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Starts writing what was appended so far to the disk, on another thread: the work done
    /// before ``commit()`` (the aggregation, for the stage files) overlaps the disk's, and commit
    /// only waits for what is left (about 0.14 s of a one-worker run on the benchmark corpus).
    func startFlush() throws {
        try drain()
        let task = FlushTask(fd: handle.fileDescriptor)
        flush = (task, size)
    }

    /// Ends the file. Returns its SHA-256 and whether it replaced the target (false when the
    /// target held the same bytes: it is left untouched).
    ///
    /// - Parameter syncFolder: whether the rename is made durable now (the folder fsynced); a
    ///   caller putting several files in place passes false and calls ``syncFolder(_:)`` once
    ///   after the last one. Readers see the old file or the new one either way.
    func commit(syncFolder: Bool = true) throws -> (digest: String, written: Bool) {
        do {
            try drain()
            // A flush still running is waited for even when bytes were appended after it, so
            // that the handle is never closed under it.
            var flushed = false
            if let flush {
                let code = flush.task.wait()
                guard code == 0 else { throw FatalError("cannot write \(temp.path) to disk: \(String(cString: strerror(code)))") }
                flushed = flush.size == size
            }
            if !flushed { try handle.synchronize() }
            try handle.close()
            let hex = digest.hex()
            if Self.sameContent(target, size: size, digest: hex) {
                try? FileManager.default.removeItem(at: temp)
                return (hex, false)
            }
            guard rename(temp.path, target.path) == 0 else {
                throw FatalError("cannot rename \(temp.path) to \(target.path): \(String(cString: strerror(errno)))")
            }
            if syncFolder { Self.syncFolder(target.deletingLastPathComponent()) }
            return (hex, true)
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw error
        }
    }

    /// Makes the renames done in `folder` durable.
    static func syncFolder(_ folder: URL) {
        let fd = open(folder.path, O_RDONLY)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// Whether `url` holds `size` bytes with this SHA-256.
    static func sameContent(_ url: URL, size: Int, digest: String) -> Bool {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
            (attributes[.size] as? NSNumber)?.intValue == size
        else { return false }
        return self.digest(of: url) == digest
    }

    /// The SHA-256 of the file at `url`, read a megabyte at a time; nil when it cannot be read.
    static func digest(of url: URL) -> String? {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { return nil }
        defer { try? handle.close() }
        var running = ContentDigest.Running()
        do {
            // nil or empty at the end of the file.
            while let chunk = try handle.read(upToCount: bufferSize), !chunk.isEmpty {
                chunk.withUnsafeBytes { running.update($0) }
            }
        } catch {
            return nil
        }
        return running.hex()
    }
}

/// One `fsync(2)` of a file descriptor run on a global queue.
private final class FlushTask: Sendable {
    private let group = DispatchGroup()
    private let failure = Mutex<Int32>(0)

    init(fd: Int32) {
        group.enter()
        DispatchQueue.global().async { [self] in
            if fsync(fd) != 0 { failure.withLock { $0 = errno } }
            group.leave()
        }
    }

    /// Waits for the flush to end; returns 0 or the `errno` it failed with.
    func wait() -> Int32 {
        group.wait()
        return failure.withLock { $0 }
    }
}
