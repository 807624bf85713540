import Foundation
import Ingest

/// Reads a documents.jsonl written by `ingest`. A line that does not decode is fatal, with its
/// number: the file is our own artefact, so a bad line means it was damaged.
enum DocumentsFile {
    static func read(_ path: String) throws -> [Document] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FatalError("cannot read \(path): run `segur-pipeline ingest` first")
        }
        let decoder = JSONDecoder()
        var documents: [Document] = []
        var lineNumber = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            guard !line.isEmpty else { continue }
            do {
                documents.append(try decoder.decode(Document.self, from: Data(line)))
            } catch {
                throw FatalError("\(path):\(lineNumber): not a document (\(error.localizedDescription))")
            }
        }
        return documents
    }
}
