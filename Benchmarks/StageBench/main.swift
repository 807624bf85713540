// Per-stage figures for one worker: reads every file of a folder into memory first, then times
// ingest (decoding, HTML parse, extraction, assembly, metadata), classification, the JSON encoding
// of both, and aggregation, each over the whole corpus, on the calling thread.
//
//   swift run -c release segur-bench <corpus folder> <lexicon folder> [rounds]
//
// Prints one line per stage: seconds (best of the rounds), MB/s of input HTML, share of the total.
import Aggregate
import Classify
import Foundation
import Ingest

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("segur-bench: \(message)\n".utf8))
    exit(64)
}

func files(under path: String, extensions: Set<String>) -> [URL] {
    let root = URL(fileURLWithPath: path)
    guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { fail("cannot read \(path)") }
    return walker.compactMap { $0 as? URL }.filter { extensions.contains($0.pathExtension.lowercased()) }
        .sorted { $0.path < $1.path }
}

func peakRSSMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else { fail("usage: segur-bench <corpus folder> <lexicon folder> [rounds]") }
let rounds = arguments.count > 3 ? max(1, Int(arguments[3]) ?? 1) : 3

let lexiconRoot = URL(fileURLWithPath: arguments[2]).standardizedFileURL.path
let lexiconFiles = files(under: arguments[2], extensions: ["tsv"]).map { url in
    LexiconFile(
        path: String(url.standardizedFileURL.path.dropFirst(lexiconRoot.count + 1)),
        contents: (try? String(contentsOf: url, encoding: .utf8)) ?? "")
}
let lexicon: Lexicon
do { lexicon = try LexiconParser.parse(lexiconFiles) } catch { fail("lexicon: \(error.description)") }

let inputs = files(under: arguments[1], extensions: ["html", "htm", "txt", "md"]).map { url in
    (path: url.lastPathComponent, bytes: Array((try? Data(contentsOf: url)) ?? Data()))
}
let totalBytes = inputs.reduce(0) { $0 + $1.bytes.count }
let megabytes = Double(totalBytes) / 1_000_000

let clock = ContinuousClock()
var best: [String: Double] = [:]
@MainActor func measure<T>(_ stage: String, _ body: () -> T) -> T {
    let start = clock.now
    let value = body()
    let elapsed = clock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    best[stage] = min(best[stage] ?? .infinity, seconds)
    return value
}

let analyzer = Analyzer()
let compiled = measure("compile lexicon") { CompiledLexicon(lexicon, analyzer: analyzer) }
var failures = 0
for _ in 0..<rounds {
    let classifier = Classifier(compiled)
    let ingestor = Ingestor()
    let documents: [Document] = measure("ingest") {
        inputs.compactMap { input in
            try? ingestor.ingest(input.bytes, source: SourceInfo(relativePath: input.path)).document
        }
    }
    failures = inputs.count - documents.count
    let classified = measure("classify") { documents.flatMap { classifier.classify($0) } }
    let bytes = measure("encode JSON") {
        documents.reduce(0) { $0 + $1.jsonBytes.count } + classified.reduce(0) { $0 + $1.jsonBytes.count }
    }
    precondition(bytes > 0 || documents.isEmpty)
    _ = measure("aggregate") { Aggregator(lexicon: lexicon, toolVersion: "bench").aggregate(documents: documents, classified: classified) }
}

let order = ["compile lexicon", "ingest", "classify", "encode JSON", "aggregate"]
let total = order.dropFirst().reduce(0) { $0 + best[$1]! }
print("segur-bench: \(inputs.count) files, \(String(format: "%.2f", megabytes)) MB, \(failures) not ingested, best of \(rounds) rounds")
for stage in order {
    let seconds = best[stage]!
    print(
        stage.padding(toLength: 16, withPad: " ", startingAt: 0),
        String(format: "%8.3f s %8.2f MB/s %5.1f %%", seconds, megabytes / seconds, 100 * seconds / total))
}
print("total (no compile)".padding(toLength: 16, withPad: " ", startingAt: 0), String(format: "%8.3f s %8.2f MB/s", total, megabytes / total))
print("peak RSS", String(format: "%.0f MiB", peakRSSMiB()))
