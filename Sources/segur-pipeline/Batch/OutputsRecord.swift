import Foundation
import Ingest

/// What the last completed run wrote: the key of everything the outputs depend on, and each
/// output's digest. Saved in the state only once every output is in place.
struct OutputsRecord: Codable {
    var key: String
    var quarantined: Int
    var files: [String: String]

    static let metaKey = "outputs"

    init(key: String, quarantined: Int, files: [(String, String)]) {
        self.key = key
        self.quarantined = quarantined
        self.files = Dictionary(uniqueKeysWithValues: files)
    }

    func save(_ store: StateStore) throws {
        try store.setMeta(Self.metaKey, String(decoding: try JSONLines.encoder.encode(self), as: UTF8.self))
    }

    /// The stored record if it has this key and every output on disk still has its digest.
    static func current(_ store: StateStore, _ out: OutputFolder, key: String) throws -> OutputsRecord? {
        guard let text = try store.meta(metaKey), let record = try? JSONDecoder().decode(OutputsRecord.self, from: Data(text.utf8)),
            record.key == key
        else { return nil }
        for (name, digest) in record.files {
            guard StagedFile.digest(of: out.url.appendingPathComponent(name)) == digest else { return nil }
        }
        return record
    }
}
