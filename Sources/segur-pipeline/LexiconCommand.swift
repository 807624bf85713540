import ArgumentParser
import Classify
import Foundation
import Ingest

struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Tools for the people who write lexicons.",
        subcommands: [LintCommand.self, ExplainCommand.self, ImportCommand.self]
    )
}

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Checks a lexicon folder: malformed rows, failing examples, entries that can never match, duplicates, shadowed entries, stem collisions, and (with --corpus) entries that never fire.",
        discussion: "Exit code 1 when there are errors; warnings alone exit 0."
    )

    @Argument(help: "The lexicon folder.")
    var folder: String = "lexicons"

    @Option(help: "A documents.jsonl to find entries that never fire.")
    var corpus: String?

    @Option(help: "A French word list, one word a line (Debian's wfrench: /usr/share/dict/french), to find the words that share a stem entry's stem.")
    var words: String?

    func run() throws {
        let lexicon: Lexicon
        do {
            lexicon = try LexiconFolder.load(folder)
        } catch let error as FatalError {
            print("error: \(error.description)")
            throw ExitStatus.fatal
        }
        let classifier = Classifier(CompiledLexicon(lexicon, analyzer: Analyzer()))
        let documents = try corpus.map { try DocumentsFile.read($0) }
        let linter = LexiconLinter(classifier)
        var findings = linter.lint(corpus: documents)
        if let words {
            guard let list = try? String(contentsOfFile: words, encoding: .utf8) else {
                print("error: cannot read the word list \(words) as UTF-8")
                throw ExitStatus.fatal
            }
            findings += linter.stemCollisions(words: list.split(whereSeparator: \.isNewline).map(String.init))
        }
        for finding in findings { print(finding.description) }
        let errors = findings.filter { $0.severity == .error }.count
        let entries = lexicon.categories.reduce(0) { $0 + $1.entries.count }
        let examples = lexicon.categories.reduce(0) { $0 + $1.examples.count }
        print("lint: \(lexicon.categories.count) categories, \(entries) entries, \(examples) examples; \(errors) errors, \(findings.count - errors) warnings")
        if errors > 0 { throw ExitStatus.fatal }
    }
}

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Shows how a French text is analysed, which entries fire and where, and why others do not."
    )

    @OptionGroup var lexicon: LexiconOptions

    @Option(name: .long, help: "A heading the text stands under (repeat for a path): entries that need a context find it there too.")
    var section: [String] = []

    @Argument(help: "The text to explain.")
    var text: [String]

    func run() throws {
        let compiled: CompiledLexicon
        do {
            compiled = try ClassifyStage.compile(lexicon.lexicons)
        } catch let error as FatalError {
            print("error: \(error.description)")
            throw ExitStatus.fatal
        }
        print(Explanation(text: text.joined(separator: " "), section: section, classifier: Classifier(compiled)).render())
    }
}

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Converts a LIWC (.dic, .dicx), quanteda (.yml), WordStat (.cat) or Lexicoder (.lc3) dictionary to lexicon files.",
        discussion: "Says what the source held that the format cannot express (rules, ? wildcards), and writes one .tsv file per category."
    )

    @Argument(help: "The dictionary file.")
    var file: String

    @Option(help: "Folder to write the lexicon files into.")
    var out: String

    @Option(help: "Source format: liwc, dicx, quanteda, wordstat, lexicoder (default: from the file extension).")
    var format: String?

    func run() throws {
        let name = URL(fileURLWithPath: file).lastPathComponent
        guard let format = format.map({ ImportFormat(rawValue: $0) }) ?? ImportFormat(fileName: name) else {
            throw ValidationError("cannot tell the format of \(name): give --format (liwc, dicx, quanteda, wordstat, lexicoder)")
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            print("error: cannot read \(file)")
            throw ExitStatus.fatal
        }
        let contents = String(validating: Array(data), as: UTF8.self) ?? String(decoding: data, as: UTF8.self)
        let imported: ImportedLexicon
        do {
            imported = try DictionaryImporter.read(contents, format: format)
        } catch {
            print("error: \(file): \(error.description)")
            throw ExitStatus.fatal
        }
        let files = LexiconExporter.files(imported, source: name)
        for lexiconFile in files {
            try AtomicFile.write(Data(lexiconFile.contents.utf8), to: URL(fileURLWithPath: out).appendingPathComponent(lexiconFile.path))
        }
        let terms = imported.categories.reduce(0) { $0 + $1.terms.count }
        print("import: \(imported.categories.count) categories, \(terms) terms from \(name) (\(format.rawValue)) -> \(out)")
        print("dropped: \(imported.dropped.isEmpty ? "nothing" : "\(imported.dropped.count) items")")
        for note in imported.dropped { print("  \(note)") }
        print("note: imported terms are exact (or prefix for a trailing *); weights are kept only from WordStat. Review modes before use.")
    }
}
