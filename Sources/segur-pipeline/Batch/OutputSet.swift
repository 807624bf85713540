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
    /// What this run's workers computed of each document for the aggregation, by document id.
    var facts: [String: DocumentFacts] = [:]
    var quarantined = 0
    /// documents.jsonl and classified.jsonl, written from the stored JSON (same encoder, same
    /// bytes) as the rows are read, instead of being encoded again or held in memory.
    let lines: StageLinesWriter

    /// Gathers the values the aggregation reads, in the order of `files`: this run's own for the
    /// files it processed, decoded from their rows for the others. The stored JSON of every
    /// ingested file is copied into documents.jsonl and classified.jsonl by ``StageLinesWriter``
    /// meanwhile, on its own thread.
    ///
    /// - Parameters:
    ///   - summaries: the rows without their stage results, by path.
    ///   - fresh: values produced by this run, used instead of decoding their rows.
    init(
        store: StateStore, summaries: [InputPath: DocumentRecord], fresh: [InputPath: StageValues], failures: [InputPath: IngestFailure],
        others: [DiagnosticRecord], files: [InputFile], out: OutputFolder
    ) throws {
        let decoder = JSONDecoder()
        lines = try StageLinesWriter(out: out)
        lines.copy(files.map(\.relativePath).filter { failures[$0] == nil && summaries[$0]?.status == .ingested }, from: store)
        for file in files {
            let path = file.relativePath
            if let failure = failures[path] {
                diagnostics.append(.quarantined(path.text, failure))
                quarantined += 1
                continue
            }
            guard let summary = summaries[path] else { continue }
            switch summary.status {
            case .quarantined:
                diagnostics.append(DiagnosticRecord(path: path.text, severity: .error, code: summary.reason ?? "unknown", message: summary.message ?? ""))
                quarantined += 1
            case .ingested:
                var document: Document
                let warnings: [IngestWarning]
                if let values = fresh[path] {
                    document = values.document
                    classified += values.classified
                    facts[document.id] = values.facts
                    warnings = values.warnings
                } else {
                    guard let record = try store.record(path: path), let data = record.document, let rows = record.classified else {
                        throw Self.damaged(path)
                    }
                    document = try decoder.decode(Document.self, from: data)
                    classified += try JSONLinesFile.decode(ClassifiedPassage.self, rows, source: "state row \(path)")
                    warnings = try record.warnings.map { try decoder.decode([IngestWarning].self, from: $0) } ?? []
                }
                // The aggregator reads passages and metadata, never the whole text (every passage
                // holds its own slice): not keeping a second copy of each text bounds memory.
                document.text = ""
                documents.append(document)
                diagnostics += warnings.map { DiagnosticRecord.warning(path.text, $0) }
            }
        }
        diagnostics += others
    }

    static func damaged(_ path: InputPath) -> FatalError {
        FatalError("state row \(path) has no stage results: the state file is damaged")
    }

    /// Puts every output in place, in writing order: diagnostics, stage files, then the reports,
    /// report.html last. Returns each output's SHA-256 and how many were written (unchanged ones
    /// are not). The four reports are rendered on up to `jobs` threads first, while the stage
    /// files' copy finishes on its own; then every file is written and its fsync started before
    /// any is renamed, so the file system commits them together, and the folder is fsynced once,
    /// after the last rename (a run on one page: 32 -> 23 syncs, counting the state's commits and
    /// the run manifest).
    func commit(report: Report, to out: OutputFolder, jobs: Int) throws -> (digests: [(String, String)], written: Int) {
        var digests: [(String, String)] = []
        var written = 0
        func note(_ name: String, _ result: (digest: String, written: Bool)) {
            digests.append((name, result.digest))
            if result.written { written += 1 }
        }
        let rendered = ParallelMap.map(Self.reports, jobs: jobs, makeWorker: {}) { _, entry in
            (entry.name, Result { try entry.render(report) })
        }
        var staged: [(name: String, file: StagedFile)] = []
        for (name, data) in [("diagnostics.jsonl", Result { try JSONLines.encode(diagnostics) })] + rendered {
            let file = try out.staged(name)
            try file.append(try data.get())
            try file.startFlush()
            staged.append((name, file))
        }
        note(staged[0].name, try staged[0].file.commit(syncFolder: false))
        for (name, result) in try lines.commit(syncFolder: false) { note(name, result) }
        for (name, file) in staged.dropFirst() { note(name, try file.commit(syncFolder: false)) }
        out.sync()
        return (digests, written)
    }

    /// The report files, in writing order, and how each is rendered.
    static let reports: [(name: String, render: @Sendable (Report) throws -> Data)] = [
        ("findings.json", { try $0.jsonData() }),
        ("findings.csv", { Data($0.csv().utf8) }),
        ("report.md", { Data($0.markdown().utf8) }),
        ("report.html", { Data($0.html().utf8) }),
    ]
}
