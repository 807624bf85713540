import Foundation

@testable import Aggregate
@testable import Classify
@testable import Ingest

enum RepoPaths {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("corpus")
    static let lexicons = root.appendingPathComponent("lexicons")
    static let golden = root.appendingPathComponent("Tests/AggregateTests/Golden")
}

/// The corpus run through the library stages, as `segur-pipeline run` does.
struct CorpusRun {
    let documents: [Document]
    let classified: [ClassifiedPassage]
    let lexicon: Lexicon
    let report: Report

    static func make(files: [(String, [UInt8])]? = nil, previous: Report? = nil) throws -> CorpusRun {
        let inputs = try files ?? FileManager.default.contentsOfDirectory(atPath: RepoPaths.corpus.path)
            .filter { ["html", "txt", "md"].contains(($0 as NSString).pathExtension) }.sorted()
            .map { ($0, [UInt8](try Data(contentsOf: RepoPaths.corpus.appendingPathComponent($0)))) }
        let documents = try inputs.map { try Ingestor().ingest($0.1, source: SourceInfo(relativePath: $0.0)).document }
        let lexicon = try LexiconParser.parse(try lexiconFiles())
        let classifier = Classifier(CompiledLexicon(lexicon, analyzer: Analyzer()))
        let classified = documents.flatMap { classifier.classify($0) }
        let report = Aggregator(lexicon: lexicon, toolVersion: "test", asOf: "2026-01-01")
            .aggregate(documents: documents, classified: classified, previous: previous)
        return CorpusRun(documents: documents, classified: classified, lexicon: lexicon, report: report)
    }

    static func lexiconFiles() throws -> [LexiconFile] {
        let enumerator = FileManager.default.enumerator(at: RepoPaths.lexicons, includingPropertiesForKeys: nil)!
        var files: [LexiconFile] = []
        while let url = enumerator.nextObject() as? URL {
            guard url.pathExtension == "tsv" else { continue }
            files.append(LexiconFile(path: String(url.path.dropFirst(RepoPaths.lexicons.path.count + 1)), contents: try String(contentsOf: url, encoding: .utf8)))
        }
        return files
    }
}

extension Document {
    func slice(_ start: Int, _ end: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}
