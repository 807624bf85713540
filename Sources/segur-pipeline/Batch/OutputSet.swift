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
    /// Near-duplicate signatures computed by this run's workers, by document id.
    var signatures: [String: [UInt64]] = [:]
    var quarantined = 0
    /// documents.jsonl and classified.jsonl, written as the rows are read from the stored JSON
    /// (same encoder, same bytes) instead of being encoded again or held in memory.
    let documentLines: StagedFile
    let classifiedLines: StagedFile

    /// Reads the state rows of `files` one at a time, in order.
    ///
    /// - Parameter fresh: values produced by this run, used instead of decoding their rows.
    init(
        store: StateStore, fresh: [String: StageValues], failures: [String: IngestFailure], others: [InputFile], files: [InputFile],
        out: OutputFolder
    ) throws {
        let decoder = JSONDecoder()
        documentLines = try out.staged("documents.jsonl")
        classifiedLines = try out.staged("classified.jsonl")
        try store.forEachRecord(files.map(\.relativePath)) { path, record in
            if let failure = failures[path] {
                diagnostics.append(.quarantined(path, failure))
                quarantined += 1
                return
            }
            guard let record else { return }
            switch record.status {
            case .quarantined:
                diagnostics.append(DiagnosticRecord(path: record.path, severity: .error, code: record.reason ?? "unknown", message: record.message ?? ""))
                quarantined += 1
            case .ingested:
                guard let data = record.document, let rows = record.classified else {
                    throw FatalError("state row \(record.path) has no stage results: the state file is damaged")
                }
                try documentLines.append(data)
                try documentLines.append(CollectionOfOne(0x0A))
                try classifiedLines.append(rows)
                var document = try fresh[record.path]?.document ?? decoder.decode(Document.self, from: data)
                // The aggregator reads passages and metadata, never the whole text (every passage
                // holds its own slice): not keeping a second copy of each text bounds memory.
                document.text = ""
                documents.append(document)
                if let values = fresh[record.path] {
                    classified += values.classified
                    signatures[document.id] = values.signature
                } else {
                    classified += try JSONLinesFile.decode(ClassifiedPassage.self, rows, source: "state row \(record.path)")
                }
                let warnings = try record.warnings.map { try decoder.decode([IngestWarning].self, from: $0) } ?? []
                diagnostics += warnings.map { DiagnosticRecord.warning(record.path, $0) }
            }
        }
        diagnostics += others.map { .skipped($0.relativePath) }
        try documentLines.startFlush()
        try classifiedLines.startFlush()
    }

    /// Puts every output in place, in writing order: stage files, then the reports, report.html
    /// last. Returns each output's SHA-256 and how many were written (unchanged ones are not).
    func commit(report: Report, to out: OutputFolder) throws -> (digests: [(String, String)], written: Int) {
        var digests: [(String, String)] = []
        var written = 0
        func note(_ name: String, _ result: (digest: String, written: Bool)) {
            digests.append((name, result.digest))
            if result.written { written += 1 }
        }
        note("diagnostics.jsonl", try out.write("diagnostics.jsonl", try JSONLines.encode(diagnostics)))
        note("documents.jsonl", try documentLines.commit())
        note("classified.jsonl", try classifiedLines.commit())
        for (name, data) in [
            ("findings.json", try report.jsonData()),
            ("findings.csv", Data(report.csv().utf8)),
            ("report.md", Data(report.markdown().utf8)),
            ("report.html", Data(report.html().utf8)),
        ] {
            note(name, try out.write(name, data))
        }
        return (digests, written)
    }
}
