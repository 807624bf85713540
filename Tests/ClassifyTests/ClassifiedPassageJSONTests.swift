import Foundation
import Ingest
import PropertyBased
import Testing

@testable import Classify

/// classified.jsonl is written by hand (``JSONOutput``); its bytes must stay `JSONEncoder`'s.
struct ClassifiedPassageJSONTests {
    static let ids = ["1-metiers", "2-investissement", "10-autre", "telemedecine", "Ehpad", "ville-hopital", "a_b", "é"]

    static let scores = Gen.int(in: 0...60_000).map { Double($0) / 10_000 }
    static let categories = Gen.int(in: 0..<ids.count).map { ids[$0] }
    static let matches = PropertyBased.zip(categories, Gen.int(in: 0...400), Gen.int(in: 1...4), scores).map { category, start, words, weight in
        LexiconMatch(
            entry: "télé\"consultation", category: category, kind: start % 2 == 0 ? .theme : .pillar, mode: .stem,
            weight: weight, start: start, end: start + words * 7, words: words)
    }
    static let passages = PropertyBased.zip(matches.array(of: 0...6), PropertyBased.zip(categories, Gen.int(in: 0...9), scores).array(of: 0...5))
        .map { matches, scored in
            ClassifiedPassage(
                document: "doc-1", passage: "doc-1-p3", tokens: matches.count * 11,
                pillars: Dictionary(scored.map { ($0.0, CategoryScore(score: $0.2, hits: $0.1)) }, uniquingKeysWith: { a, _ in a }),
                themes: Dictionary(scored.reversed().map { ($0.0, CategoryScore(score: $0.2 * 3, hits: $0.1 + 1)) }, uniquingKeysWith: { a, _ in a }),
                matches: matches)
        }

    @Test func classifiedPassagesMatchTheEncoder() async {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        await propertyCheck(count: 300, input: Self.passages) { passage in
            let expected = (try? encoder.encode(passage)).map { String(decoding: $0, as: UTF8.self) }
            #expect(String(decoding: passage.jsonBytes, as: UTF8.self) == expected)
        }
    }
}
