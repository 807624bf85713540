import Aggregate
import Classify
import Foundation
import Ingest
import Logging
import Synchronization

/// A nightly run: incremental, resumable, one writer at a time.
///
/// Lock → lexicon and previous report checked → state opened → input files processed in chunks
/// (each file reused, reclassified, or ingested and classified; one transaction per chunk) →
/// removed inputs dropped from the state → outputs rebuilt from the state and written only where
/// their bytes change, report.html last → run manifest. Killed at any point, the next run resumes
/// from the last committed chunk and ends with the same outputs.
struct BatchRun {
    static let chunkSize = 64

    var settings: RunSettings
    var logger: Logger
    var progress: Progress

    /// - Returns: how many files were quarantined, plus the folders that could not be listed and
    ///   the table rows left out.
    func execute() throws -> Int {
        var clock = StageClock()
        if settings.jobs > 1 {
            // One-time set-up the aggregation needs, done meanwhile on the core a small run leaves idle.
            DispatchQueue.global().async { PersonalDataMasker.prepare() }
        }
        let lock = try RunLock(statePath: settings.state, outFolder: settings.out)
        defer { withExtendedLifetime(lock) {} }
        let (lexicon, compiling) = try ClassifyStage.compileDeferred(settings.lexicons, jobs: settings.jobs)
        let previous = try ReportOptions.loadPrevious(settings.previous)
        let (store, run) = try StateStore.openForRun(path: settings.state)
        let out = OutputFolder(url: URL(fileURLWithPath: settings.out))
        try FileManager.default.createDirectory(at: out.url, withIntermediateDirectories: true)
        out.removeStaleTemporaries()
        clock.mark("open")

        let root = try InputRoot(settings.input)
        let listing = InputWalker.walk(root, followLinks: settings.followLinks)
        let tables = try TableExpansion(configs: settings.tables, root: root, maxBytes: settings.limits.maxBytes).expand(listing.documents)
        let (files, others) = (tables.files, listing.skipped + tables.diagnostics)
        let stored = try store.records(results: false)
        let work = FileWork(
            root: root, memory: MemoryBudget(limit: settings.limits.maxMemory), ingestor: Ingestor(options: settings.ingestOptions), lexiconDigest: lexicon.digest,
            optionsDigest: ContentDigest.sha256(try JSONLines.encoder.encode(settings.ingestOptions)), run: run, logger: logger)
        progress.start("ingest+classify", total: files.count)
        let tally = Mutex(Tally(counts: ["files": files.count, "skipped": others.count, "ingested": 0, "reclassified": 0, "unchanged": 0, "failed": 0]))
        let progress = self.progress
        let compiled = compiling.value
        let writer = StateWriter(store: store)
        // Results are saved in batches of `chunkSize`, one transaction each, as they complete: no
        // barrier, so one huge page does not hold the other thread back, and by the writer's
        // thread, so no worker waits for a commit.
        // Largest files first, so that the last file to finish is a small one and no thread idles
        // at the end; nothing depends on the order the files are done in.
        // (Indices sorted, not the files: moving whole values cost a retain per field per swap.)
        let schedule = files.indices.sorted { a, b in
            files[a].size != files[b].size ? files[a].size > files[b].size : files[a].relativePath < files[b].relativePath
        }.map { files[$0] }
        ParallelMap.forEach(schedule, jobs: settings.jobs, makeWorker: { Classifier(compiled) }) { classifier, file in
            guard !writer.failed else { return }
            let result = work.process(file, stored: stored[file.relativePath], classifier: classifier) { try store.record(path: $0) }
            let batch = tally.withLock { t in
                t.add(result, path: file.relativePath)
                progress.update(done: t.done)
                return t.pending.count >= Self.chunkSize ? t.takePending() : []
            }
            // Handed over outside the lock: the other thread does not wait for a free slot of
            // the writer to hand in its own result.
            writer.save(batch)
        }
        writer.save(tally.withLock { $0.takePending() })
        try writer.finish()
        var (counts, failures, fresh, restamps) = tally.withLock { t in  // counts grows below
            return (t.counts, t.failures, t.fresh, t.restamps)
        }
        try store.setStamps(restamps)
        let present = Set(files.map(\.relativePath))
        let removed = stored.keys.filter { !present.contains($0) || failures[$0] != nil }.sorted()
        try store.delete(paths: removed)
        counts["removed"] = removed.filter { !present.contains($0) }.count
        clock.mark("ingest_classify")

        let summaries = try store.records(results: false).filter { present.contains($0.key) }
        // Keys sorted, then the rows looked up: sorting the rows themselves moved every field.
        let records = summaries.keys.sorted().map { summaries[$0]! }
        let key = outputsKey(records, failures, others, compiled)
        var written = 0
        let quarantined: Int
        if let fresh = try OutputsRecord.current(store, out, key: key) {
            // Nothing changed since outputs that are still intact on disk: no decoding, no aggregation.
            quarantined = fresh.quarantined
            clock.mark("aggregate")
        } else {
            let outputs = try OutputSet(store: store, summaries: summaries, fresh: fresh, failures: failures, others: others, files: files, out: out)
            fresh = [:]
            clock.mark("read_state")
            var aggregator = Aggregator(lexicon: compiled.lexicon, toolVersion: SegurPipeline.version, asOf: settings.asOf, threads: settings.jobs)
            aggregator.groupBy = settings.groupBy
            let report = aggregator.aggregate(documents: outputs.documents, classified: outputs.classified, previous: previous, facts: outputs.facts)
            clock.mark("aggregate")
            let (digests, count) = try outputs.commit(report: report, to: out, jobs: settings.jobs)
            written = count
            try OutputsRecord(key: key, quarantined: outputs.quarantined, files: digests, in: out).save(store)
            quarantined = outputs.quarantined
            ExitKeep.keep((outputs, report))
        }
        clock.mark("write")
        counts["quarantined"] = quarantined
        counts["unlisted_folders"] = listing.unlisted
        counts["table_rows_left_out"] = tables.rowErrors
        counts["outputs_written"] = written
        try out.write("run-manifest.json", try manifest(run, compiled, records, failures, counts, clock))
        ExitKeep.keep((stored, records, tally.withLock { t in
            defer { t.fresh = [:] }
            return t.fresh
        }))
        logger.info("run \(run): \(files.count) files, \(counts["ingested"]!) ingested, \(counts["reclassified"]!) reclassified, \(counts["unchanged"]!) unchanged, \(quarantined) quarantined, \(counts["removed"]!) removed; \(written) outputs written -> \(out.url.path)")
        return quarantined + listing.unlisted + tables.rowErrors
    }

    /// Everything the outputs depend on: the inputs' rows, the failures, the skipped files, the
    /// lexicon, the tool, the settings that reach the reports and the previous report.
    private func outputsKey(_ records: [DocumentRecord], _ failures: [InputPath: IngestFailure], _ others: [DiagnosticRecord], _ compiled: CompiledLexicon) -> String {
        var text = "\(SegurPipeline.version)\n\(compiled.lexicon.digest)\n\(settings.asOf ?? "-")\n\(settings.groupBy.joined(separator: "\t"))\n"
        if let previous = settings.previous,
            let data = FileManager.default.contents(atPath: URL(fileURLWithPath: previous).appendingPathComponent("findings.json").path)
        {
            text += ContentDigest.sha256(data) + "\n"
        }
        for r in records { text += "\(r.path)\t\(r.sha256)\t\(r.status.rawValue)\t\(r.lexiconDigest ?? "")\t\(r.optionsDigest)\n" }
        for (path, f) in failures.sorted(by: { $0.key < $1.key }) { text += "\(path)\t!\(f.reason.rawValue)\t\(f.message)\n" }
        for o in others { text += "\(o.path)\t\(o.line ?? 0)\t?\(o.code)\t\(o.message)\n" }
        return ContentDigest.sha256(Array(text.utf8))
    }

    private func manifest(
        _ run: Int, _ compiled: CompiledLexicon, _ records: [DocumentRecord], _ failures: [InputPath: IngestFailure],
        _ counts: [String: Int], _ clock: StageClock
    ) throws -> Data {
        var inputs = records.map { RunManifest.Input(path: $0.path.text, sha256: $0.sha256, status: $0.status.rawValue, reason: $0.reason) }
        inputs += failures.map { RunManifest.Input(path: $0.key.text, sha256: nil, status: "quarantined", reason: $0.value.reason.rawValue) }
        let manifest = RunManifest(
            run: run, toolVersion: SegurPipeline.version, libxml2Version: LibXML2Info.version, lexiconDigest: compiled.lexicon.digest,
            corpusDigest: ContentDigest.sha256(records.flatMap { Array("\($0.path)\t\($0.sha256)\n".utf8) }), asOf: settings.asOf, settings: settings, counts: counts,
            stageSeconds: clock.seconds, inputs: inputs.sorted { InputPath($0.path) < InputPath($1.path) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(manifest)
    }
}

/// What the workers of a run have produced so far; only touched under its mutex.
private struct Tally {
    var counts: [String: Int]
    var failures: [InputPath: IngestFailure] = [:]
    var fresh: [InputPath: StageValues] = [:]
    var pending: [DocumentRecord] = []
    /// Unchanged files hashed this run, with the stamp their rows should carry.
    var restamps: [(InputPath, String)] = []
    var done = 0

    mutating func add(_ result: FileWork.Result, path: InputPath) {
        done += 1
        switch result {
        case .unchanged(_, let restamp):
            counts["unchanged"]! += 1
            if let restamp { restamps.append((path, restamp.text)) }
        case .updated(let record, let ingested, var values):
            pending.append(record)
            counts[ingested ? "ingested" : "reclassified"]! += 1
            // The aggregator reads passages and metadata, never the whole text (every passage
            // holds its own slice): not keeping it bounds memory.
            values?.document.text = ""
            fresh[record.path] = values
        case .failed(let failure):
            failures[path] = failure
            counts["failed"]! += 1
        }
    }

    /// The rows waiting to be saved, handed over.
    mutating func takePending() -> [DocumentRecord] {
        defer { pending = [] }
        return pending
    }
}
