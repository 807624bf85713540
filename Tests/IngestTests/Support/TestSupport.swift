import Foundation
import Testing

@testable import Ingest

/// Paths inside the repository, found from this file's location.
enum RepoPaths {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("corpus")
    static let golden = root.appendingPathComponent("Tests/IngestTests/Golden")
}

/// Ingests `text` as a file named `path` with default options.
func ingest(_ text: String, path: String = "doc.txt", options: IngestOptions = .defaults) throws -> Document {
    try Ingestor(options: options).ingest(Array(text.utf8), source: SourceInfo(relativePath: path)).document
}

func ingestBytes(_ bytes: [UInt8], path: String, options: IngestOptions = .defaults) throws -> Document {
    try Ingestor(options: options).ingest(bytes, source: SourceInfo(relativePath: path)).document
}

/// The failure reason of ingesting `bytes`, or nil when it succeeded.
func failureReason(_ bytes: [UInt8], path: String, options: IngestOptions = .defaults) -> IngestFailureReason? {
    do {
        _ = try Ingestor(options: options).ingest(bytes, source: SourceInfo(relativePath: path))
        return nil
    } catch {
        return error.reason
    }
}

extension Document {
    /// Passages that are not headings, bylines or attendance.
    var contentPassages: [Passage] { passages.filter { $0.role.isScorable } }

    /// Whether every passage is the exact slice `text[start..<end]` in Unicode scalars.
    var passagesAreExactSlices: Bool {
        let scalars = Array(text.unicodeScalars)
        return passages.allSatisfy { p in
            p.start >= 0 && p.start <= p.end && p.end <= scalars.count
                && String(String.UnicodeScalarView(scalars[p.start..<p.end])) == p.text
        }
    }

    func passage(containing needle: String) -> Passage? {
        passages.first { $0.text.contains(needle) }
    }
}
