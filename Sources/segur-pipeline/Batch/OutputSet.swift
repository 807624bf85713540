import Aggregate
import Classify
import Foundation
import Ingest

/// The stage files of a run, rebuilt from the state rows (so a resumed run writes exactly what an
/// undisturbed one would).
struct OutputSet {
    var documents: [Document] = []
    var classified: [ClassifiedPassage] = []
    var diagnostics: [DiagnosticRecord] = []
    var quarantined = 0
    /// documents.jsonl and classified.jsonl, concatenated from the stored JSON (same encoder, same
    /// bytes) instead of being encoded again.
    private var documentLines = Data()
    private var classifiedLines = Data()

    /// - Parameter fresh: values produced by this run, used instead of decoding their rows.
    init(records: [DocumentRecord], fresh: [String: StageValues], failures: [String: IngestFailure], others: [InputFile], files: [InputFile]) throws {
        let decoder = JSONDecoder()
        let byPath = Dictionary(uniqueKeysWithValues: records.map { ($0.path, $0) })
        for file in files {
            if let failure = failures[file.relativePath] {
                diagnostics.append(.quarantined(file.relativePath, failure))
                quarantined += 1
                continue
            }
            guard let record = byPath[file.relativePath] else { continue }
            switch record.status {
            case .quarantined:
                diagnostics.append(DiagnosticRecord(path: record.path, severity: .error, code: record.reason ?? "unknown", message: record.message ?? ""))
                quarantined += 1
            case .ingested:
                guard let data = record.document, let rows = record.classified else {
                    throw FatalError("state row \(record.path) has no stage results: the state file is damaged")
                }
                documentLines += data + Data([0x0A])
                classifiedLines += rows
                var document = try fresh[record.path]?.document ?? decoder.decode(Document.self, from: data)
                // The aggregator reads passages and metadata, never the whole text (every passage
                // holds its own slice): not keeping a second copy of each text bounds memory.
                document.text = ""
                documents.append(document)
                if let values = fresh[record.path] {
                    classified += values.classified
                } else {
                    classified += try JSONLinesFile.decode(ClassifiedPassage.self, rows, source: "state row \(record.path)")
                }
                let warnings = try record.warnings.map { try decoder.decode([IngestWarning].self, from: $0) } ?? []
                diagnostics += warnings.map { DiagnosticRecord.warning(record.path, $0) }
            }
        }
        diagnostics += others.map { .skipped($0.relativePath) }
    }

    /// Every output in writing order: stage files, then the reports, report.html last.
    func files(report: Report) throws -> [(String, Data)] {
        [
            ("diagnostics.jsonl", try JSONLines.encode(diagnostics)),
            ("documents.jsonl", documentLines),
            ("classified.jsonl", classifiedLines),
            ("findings.json", try report.jsonData()),
            ("findings.csv", Data(report.csv().utf8)),
            ("report.md", Data(report.markdown().utf8)),
            ("report.html", Data(report.html().utf8)),
        ]
    }
}
