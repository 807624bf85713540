import Foundation

@testable import Classify
@testable import Ingest

/// A classifier over lexicon files given inline: `["themes/a.tsv": "term\n…"]`.
func classifier(_ files: [String: String]) throws -> Classifier {
    let lexicon = try LexiconParser.parse(files.map { LexiconFile(path: $0.key, contents: $0.value) })
    return Classifier(CompiledLexicon(lexicon, analyzer: Analyzer()))
}

/// `category:matched text` for every hit of `text`, in order.
func hits(_ classifier: Classifier, _ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return classifier.classify(text).matches.map {
        "\($0.category):" + String(String.UnicodeScalarView(scalars[$0.start..<$0.end]))
    }
}

enum RepoPaths {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let lexicons = root.appendingPathComponent("lexicons")

    /// The project's lexicon files, read as the CLI reads them.
    static func lexiconFiles() throws -> [LexiconFile] {
        let enumerator = FileManager.default.enumerator(at: lexicons, includingPropertiesForKeys: nil)!
        var files: [LexiconFile] = []
        while let url = enumerator.nextObject() as? URL {
            guard url.pathExtension == "tsv" else { continue }
            let relative = String(url.path.dropFirst(lexicons.path.count + 1))
            files.append(LexiconFile(path: relative, contents: try String(contentsOf: url, encoding: .utf8)))
        }
        return files
    }
}
