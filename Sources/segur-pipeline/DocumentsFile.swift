import Classify
import Foundation
import Ingest

/// Reads a JSON Lines artefact written by an earlier stage. A line that does not decode is fatal,
/// with its number: the file is our own, so a bad line means it was damaged.
enum JSONLinesFile {
    static func read<T: Decodable>(_ type: T.Type, from path: String, producedBy stage: String) throws -> [T] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FatalError("cannot read \(path): run `segur-pipeline \(stage)` first")
        }
        return try decode(T.self, data, source: path, stage: stage)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ data: Data, source: String, stage: String = "run") throws -> [T] {
        let decoder = JSONDecoder()
        var values: [T] = []
        for (i, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            do {
                values.append(try decoder.decode(T.self, from: Data(line)))
            } catch {
                throw FatalError("\(source):\(i + 1): not a line written by `\(stage)` (\(error.localizedDescription))")
            }
        }
        return values
    }
}

enum DocumentsFile {
    static func read(_ path: String) throws -> [Document] {
        try JSONLinesFile.read(Document.self, from: path, producedBy: "ingest")
    }
}

enum ClassifiedFile {
    static func read(_ path: String) throws -> [ClassifiedPassage] {
        try JSONLinesFile.read(ClassifiedPassage.self, from: path, producedBy: "classify")
    }
}
