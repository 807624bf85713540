import Foundation
import Ingest

/// What the last completed run wrote: the key of everything the outputs depend on, and each
/// output's digest and file stamp. Saved in the state only once every output is in place.
struct OutputsRecord: Codable {
    var key: String
    var quarantined: Int
    var files: [String: String]
    /// Size, modification time and inode of each output as written; absent in records written
    /// before they were kept.
    var stamps: [String: FileStamp]?

    static let metaKey = "outputs"

    /// What `stat(2)` says of a file: while it is unchanged, so is the file (as for make or git).
    struct FileStamp: Codable, Equatable {
        var size: Int
        var modified: Int
        var inode: UInt64

        init?(_ url: URL) {
            var info = stat()
            guard stat(url.path, &info) == 0 else { return nil }
            size = Int(info.st_size)
            modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
            inode = UInt64(info.st_ino)
        }
    }

    init(key: String, quarantined: Int, files: [(String, String)], in out: OutputFolder) {
        self.key = key
        self.quarantined = quarantined
        self.files = Dictionary(uniqueKeysWithValues: files)
        stamps = Dictionary(uniqueKeysWithValues: files.compactMap { name, _ in
            FileStamp(out.url.appendingPathComponent(name)).map { (name, $0) }
        })
    }

    func save(_ store: StateStore) throws {
        try store.setMeta(Self.metaKey, String(decoding: try JSONLines.encoder.encode(self), as: UTF8.self))
    }

    /// The stored record if it has this key and every output on disk is still as written: same
    /// stamp, or else (a touched or copied file) the same digest.
    static func current(_ store: StateStore, _ out: OutputFolder, key: String) throws -> OutputsRecord? {
        guard let text = try store.meta(metaKey), let record = try? JSONDecoder().decode(OutputsRecord.self, from: Data(text.utf8)),
            record.key == key
        else { return nil }
        for (name, digest) in record.files {
            let url = out.url.appendingPathComponent(name)
            if let stamp = record.stamps?[name], FileStamp(url) == stamp { continue }
            guard StagedFile.digest(of: url) == digest else { return nil }
        }
        return record
    }
}
