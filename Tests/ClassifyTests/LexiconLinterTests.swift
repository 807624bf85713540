import Testing

@testable import Classify
@testable import Ingest

struct LexiconLinterTests {
    static let files = [
        "themes/a.tsv": "#match: le soin ici\n#nomatch: les usagers\nterm\tmode\nusager*\tprefix\nl'\texact\nusager\tprefix\n",
        "themes/b.tsv": "term\tmode\nusager*\tprefix\ndémocratie sanitaire des usagers\tstem\n",
        "themes/c.tsv": "term\tmode\naide\tstem\n",
        "themes/d.tsv": "term\tmode\naidants\tstem\njamais vu\tstem\n",
    ]

    func findings(corpus: [Document]? = nil) throws -> [String] {
        LexiconLinter(try classifier(Self.files)).lint(corpus: corpus).map(\.description)
    }

    @Test func reportsEachKindOfProblem() throws {
        let all = try findings()
        func has(_ severity: String, _ location: String, _ fragment: String) -> Bool {
            all.contains { $0.hasPrefix("\(severity): \(location)") && $0.contains(fragment) }
        }
        #expect(has("error", "themes/a.tsv:1", "does not fire on \"le soin ici\""))
        #expect(has("error", "themes/a.tsv:2", "fires on \"les usagers\""))
        #expect(has("error", "themes/a.tsv:5", "\"l'\" can never match"))
        #expect(has("warning", "themes/a.tsv:6", "duplicates \"usager\""))
        #expect(has("warning", "themes/b.tsv:2", "is also in theme a"))
        #expect(has("warning", "themes/d.tsv:2", "stem collision"))
        #expect(has("warning", "themes/a.tsv:4", "shadowed by \"démocratie sanitaire des usagers\""))
        #expect(!all.contains { $0.contains("never fires") })
    }

    @Test func corpusShowsEntriesThatNeverFire() throws {
        let doc = try Ingestor().ingest(Array("Les aidants et les usagers.\n".utf8), source: SourceInfo(relativePath: "a.txt")).document
        let all = try findings(corpus: [doc])
        #expect(all.contains { $0.contains("\"jamais vu\" (d) never fires on the 1 corpus documents") })
        #expect(!all.contains { $0.contains("\"aidants\" (d) never fires") })
    }

    @Test func errorsComeFirst() throws {
        let severities = LexiconLinter(try classifier(Self.files)).lint().map(\.severity)
        #expect(severities == severities.sorted())
    }
}
