import Classify
import Foundation

/// Reads a classified.jsonl written by `classify`; a line that does not decode is fatal.
enum ClassifiedFile {
    static func read(_ path: String) throws -> [ClassifiedPassage] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FatalError("cannot read \(path): run `segur-pipeline classify` first")
        }
        let decoder = JSONDecoder()
        var rows: [ClassifiedPassage] = []
        for (i, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            do {
                rows.append(try decoder.decode(ClassifiedPassage.self, from: Data(line)))
            } catch {
                throw FatalError("\(path):\(i + 1): not a classified passage (\(error.localizedDescription))")
            }
        }
        return rows
    }
}
