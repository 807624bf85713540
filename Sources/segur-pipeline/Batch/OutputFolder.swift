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

    /// Writes `data` atomically unless the file already holds exactly these bytes (an unchanged
    /// rerun leaves its outputs untouched). Returns whether it wrote.
    @discardableResult
    func write(_ name: String, _ data: Data) throws -> Bool {
        let target = url.appendingPathComponent(name)
        if let existing = FileManager.default.contents(atPath: target.path), existing == data { return false }
        try AtomicFile.write(data, to: target)
        return true
    }
}
