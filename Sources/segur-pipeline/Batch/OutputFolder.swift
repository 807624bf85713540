import Foundation

/// The output folder of a run.
struct OutputFolder {
    let url: URL

    /// Removes temporary files a killed run left (`.<name>.tmp-<pid>`): the run lock is held, so no
    /// other run is writing them.
    func removeStaleTemporaries() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        for name in names where name.hasPrefix(".") && name.contains(".tmp-") {
            try? FileManager.default.removeItem(at: url.appendingPathComponent(name))
        }
    }

    /// An output to write piece by piece, put in place by ``StagedFile/commit()``.
    func staged(_ name: String) throws -> StagedFile {
        try StagedFile(url.appendingPathComponent(name))
    }

    /// Makes the renames of outputs committed with `syncFolder: false` durable.
    func sync() {
        StagedFile.syncFolder(url)
    }

    /// Writes `data` atomically unless the file already holds exactly these bytes (an unchanged
    /// rerun leaves its outputs untouched). Returns the data's SHA-256 and whether it wrote.
    @discardableResult
    func write(_ name: String, _ data: Data) throws -> (digest: String, written: Bool) {
        try AtomicFile.write(data, to: url.appendingPathComponent(name))
    }
}
