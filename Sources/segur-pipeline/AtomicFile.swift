import Foundation

/// Writes a file so that readers see the old content or the new, never a part (``StagedFile``: a
/// temporary file in the same folder, fsynced, renamed over the target, then the folder fsynced).
/// A target that already holds these bytes is left untouched.
enum AtomicFile {
    /// - Returns: the data's SHA-256 and whether the file was written.
    @discardableResult
    static func write(_ data: Data, to url: URL) throws -> (digest: String, written: Bool) {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let file = try StagedFile(url)
        try file.append(data)
        return try file.commit()
    }
}
