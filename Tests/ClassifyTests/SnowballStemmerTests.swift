import Foundation
import Testing

@testable import Classify

/// Conformance of the linked libstemmer with Snowball's published French vocabulary.
struct SnowballStemmerTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/snowball-french")

    static func lines(_ name: String) throws -> [String] {
        try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init).filter { !$0.isEmpty }
    }

    @Test func matchesTheWholePublishedVocabulary() throws {
        let words = try Self.lines("voc.txt")
        let stems = try Self.lines("output.txt")
        #expect(words.count == 20_805)
        #expect(words.count == stems.count)
        let stemmer = SnowballStemmer()
        let mismatches = zip(words, stems).filter { stemmer.stem($0) != $1 }
        #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(5))")
    }

    @Test func cacheGivesTheSameAnswers() {
        let stemmer = SnowballStemmer()
        for word in ["hôpitaux", "téléconsultations", "usagers", "usager", "aidants", "aide"] {
            #expect(stemmer.stem(word) == stemmer.uncachedStem(word))
            #expect(stemmer.stem(word) == stemmer.stem(word))
        }
        #expect(stemmer.stem("hôpitaux") == "hôpital")
        #expect(stemmer.stem("téléconsultations") == "téléconsult")
    }

    /// The traps measured with this stemmer, which the lexicon format works around (exact mode).
    @Test func knownTraps() {
        let stemmer = SnowballStemmer()
        #expect(stemmer.stem("aide") == stemmer.stem("aidants"))
        #expect(stemmer.stem("usager") == "usag")
        #expect(stemmer.stem("usagers") == "usager")
        #expect(stemmer.stem("l’hôpital") != stemmer.stem("hôpital"))
    }
}
