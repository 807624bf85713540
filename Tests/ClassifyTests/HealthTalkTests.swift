import Foundation
import Testing

@testable import Classify
@testable import Ingest

/// The bundled lexicons on short texts written the way citizens write: health talk scores,
/// talk of other public matters with the same generic words stays silent. The figures of
/// `scripts/health-recall.py` and `../shared/realtext/quiet.py` come from whole runs; these are
/// their floors in the tests.
struct HealthTalkTests {
    static func texts(_ name: String) throws -> [String] {
        let url = RepoPaths.root.appendingPathComponent("Tests/ClassifyTests/Fixtures/\(name)")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
            .filter { !$0.hasPrefix("#") && !$0.trimmingWhitespace.isEmpty }
    }

    /// Each text ingested as a one-line `.txt` file, then classified: what a run does.
    static func results(_ name: String) throws -> [[ClassifiedPassage]] {
        let c = try ProjectLexiconTests.projectClassifier()
        return try texts(name).enumerated().map { i, text in
            let doc = try Ingestor().ingest(Array((text + "\n").utf8), source: SourceInfo(relativePath: "\(i).txt")).document
            return c.classify(doc)
        }
    }

    static func fired(_ results: [[ClassifiedPassage]], _ kind: CategoryKind) -> Int {
        results.filter { $0.contains { !(kind == .pillar ? $0.pillars : $0.themes).isEmpty } }.count
    }

    @Test func healthTalkScoresAPillar() throws {
        let tuned = try Self.results("health-talk.txt")
        #expect(Double(Self.fired(tuned, .pillar)) >= 0.95 * Double(tuned.count))
        #expect(Double(Self.fired(tuned, .theme)) >= 0.75 * Double(tuned.count))
        // Written after the tuning and never used for it.
        let check = try Self.results("health-talk-check.txt")
        #expect(Double(Self.fired(check, .pillar)) >= 0.85 * Double(check.count))
    }

    @Test func aThemeAlwaysComesWithItsPillar() throws {
        let lexicon = try LexiconParser.parse(try RepoPaths.lexiconFiles())
        let pillarOf = Dictionary(uniqueKeysWithValues: lexicon.categories(of: .theme).compactMap { t in t.pillar.map { (t.id, $0) } })
        for passage in try (Self.results("health-talk.txt") + Self.results("health-talk-check.txt")).joined() {
            for theme in passage.themes.keys {
                #expect(passage.pillars[pillarOf[theme] ?? ""] != nil, "\(theme) without its pillar in \(passage.passage)")
            }
        }
    }

    @Test func otherPublicMattersStaySilent() throws {
        let quiet = try Self.results("other-talk.txt")
        let fired = quiet.filter { $0.contains { !$0.pillars.isEmpty || !$0.themes.isEmpty } }.count
        #expect(Double(fired) <= 0.05 * Double(quiet.count), "\(fired) of \(quiet.count) fired")
    }
}
