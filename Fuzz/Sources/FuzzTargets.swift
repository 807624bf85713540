import Classify
import Foundation
import Ingest

/// The parsers that read bytes someone else wrote, as libFuzzer targets. One binary, the target
/// chosen by `SEGUR_FUZZ_TARGET`: `html` (the whole ingest of a page: decoding, prescan, libxml2,
/// extraction, assembly), `text` (the whole ingest of minutes), `decode` (charset choice and
/// decoding, meta sniffing included), `lexicon` (a theme file parsed, compiled and matched), `table`
/// (a consultation export read as CSV, JSON Lines and JSON, its rows mapped and ingested).
///
/// Built with `-sanitize=fuzzer,address -D FUZZING` (`make fuzz`), `main` hands over to libFuzzer.
/// Built plainly, `main` below replays files through the same target: a crash libFuzzer found is
/// reproduced without it (`segur-fuzz html crash-…`).
enum FuzzTarget: String, CaseIterable {
    case html, text, decode, lexicon, table

    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["SEGUR_FUZZ_TARGET"] ?? "html"
        guard let target = FuzzTarget(rawValue: name) else {
            fatalError("SEGUR_FUZZ_TARGET must be one of \(FuzzTarget.allCases.map(\.rawValue))")
        }
        return target
    }()

    /// A small lexicon (a pillar and a theme) the fuzzed text is matched against, and the
    /// pillar file a fuzzed theme file is parsed beside.
    static let pillar = LexiconFile(path: "pillars/1-metiers.tsv", contents: "# label: Métiers\nterm\tmode\tweight\nsoignant\tstem\t1\n")
    /// libFuzzer runs one input at a time, on one thread.
    nonisolated(unsafe) static let classifier: Classifier = {
        let theme = LexiconFile(
            path: "themes/tele.tsv",
            contents: "# label: Télé\n# pillar: 1-metiers\nterm\tmode\tweight\ntélémédecine\tstem\t1\nrevaloris*\tprefix\t1\nmaison de retraite\texact\t2\n")
        let lexicon = try! LexiconParser.parse([pillar, theme])
        return Classifier(CompiledLexicon(lexicon, analyzer: Analyzer()))
    }()

    func run(_ bytes: [UInt8]) {
        switch self {
        case .html, .text:
            let options = IngestOptions(maxBytes: 1 << 20, maxDepth: 256, timeLimitSeconds: 10)
            let source = SourceInfo(relativePath: self == .html ? "page.html" : "minutes.txt")
            guard let document = try? Ingestor(options: options).ingest(bytes, source: source).document else { return }
            // The invariant every later stage relies on: a passage is its document's text over its span.
            let scalars = Array(document.text.unicodeScalars)
            for passage in document.passages {
                precondition(passage.start >= 0 && passage.start <= passage.end && passage.end <= scalars.count, "passage out of the text")
                precondition(String(String.UnicodeScalarView(scalars[passage.start..<passage.end])) == passage.text, "passage is not its span")
            }
            _ = Self.classifier.classify(document)
        case .decode:
            for meta in [false, true] {
                let decoded = TextDecoding.decode(bytes, lookForMetaCharset: meta)
                precondition(!decoded.encoding.isEmpty)
            }
        case .table:
            for format in [Table.Format.csv, .jsonl, .json] {
                guard let table = try? Table.read(bytes, format: format) else { continue }
                // Every line reported lies inside the input (lines end at LF, or at a CR without one).
                let lines = bytes.indices.count { bytes[$0] == 0x0A || (bytes[$0] == 0x0D && ($0 + 1 == bytes.count || bytes[$0 + 1] != 0x0A)) } + 1
                for row in table.rows { precondition(row.line >= 0 && row.line <= lines, "row line outside the input") }
                for bad in table.badRows { precondition(bad.line >= 0 && bad.line <= lines, "bad row line outside the input") }
                let mapping = TableMapping.capCollectif(columns: table.columns) ?? TableMapping.inferred(columns: table.columns)
                    ?? TableMapping(text: Array(table.columns.prefix(2)))
                for row in table.rows.prefix(8) {
                    guard let content = TableRowContent(row, mapping: mapping, table: "t.csv") else { continue }
                    guard let document = try? Ingestor().ingestRow(content.canonicalBytes).document else { continue }
                    precondition(document.passages.allSatisfy { $0.section.count == 1 }, "an answer without its question")
                    _ = Self.classifier.classify(document)
                }
            }
        case .lexicon:
            let theme = LexiconFile(path: "themes/fuzz.tsv", contents: String(decoding: bytes, as: UTF8.self))
            guard let lexicon = try? LexiconParser.parse([Self.pillar, theme]) else { return }
            let classifier = Classifier(CompiledLexicon(lexicon, analyzer: Analyzer()))
            _ = classifier.classify("La télémédecine en maison de retraite et la revalorisation des soignants.")
        }
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.selected.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

/// libFuzzer's driver, called from `main`: SwiftPM names an executable's entry point itself, so
/// libFuzzer's own `main` cannot be it.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@main
enum Fuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        _ = FuzzTarget.selected  // an unknown target stops here, before any input
        let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOne(data, size) }
        exit(status)
    }
}
#else
@main
enum Replay {
    static func main() throws {
        var arguments = CommandLine.arguments.dropFirst()
        guard let name = arguments.popFirst(), let target = FuzzTarget(rawValue: name) else {
            print("usage: segur-fuzz \(FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")) FILE...")
            return
        }
        for path in arguments {
            target.run(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
            print("ok \(path)")
        }
    }
}
#endif
