import Testing

@testable import Classify
@testable import Ingest

/// `lexicon lint --words`: stem entries checked against a French word list.
struct StemCollisionTests {
    static let words = [
        "format", "formats", "formater", "formata", "formatait", "formation", "formations",
        "financer", "finança", "financé", "financement", "financements", "finance",
        "infirmier", "infirmière", "infirmières", "infirmiers",
    ]

    func collisions(_ rows: String) throws -> [String] {
        LexiconLinter(try classifier(["themes/t.tsv": "term\tmode\taccept\n" + rows])).stemCollisions(words: Self.words).map(\.description)
    }

    @Test func aStemEntryThatMatchesAnotherWordIsAnError() throws {
        let found = try collisions("formation\tstem\n")
        #expect(found.count == 1)
        // The verb's forms are named once, by its infinitive.
        #expect(found[0].hasPrefix("error: themes/t.tsv:2: stem collision: \"formation\" (stem \"format\") also matches format, formater;"))
    }

    @Test func inflectionsAreTheEntrysOwnWords() throws {
        #expect(try collisions("infirmière\tstem\n").isEmpty)
        #expect(try collisions("financement\tstem\n").map { $0.contains("financer") && $0.contains("finance") } == [true])
    }

    @Test func declaredWordsAndOtherModesPass() throws {
        #expect(try collisions("financement\tstem\tfinancer|finance\n").isEmpty)
        #expect(try collisions("formation\texact\nformations\texact\n").isEmpty)
        #expect(try collisions("formation\tstem\tformater\n").map { $0.contains("also matches format;") } == [true])
    }

    @Test func theBundledLexiconsDeclareTheirCollisionsAgainstTheSystemWordList() throws {
        let path = "/usr/share/dict/french"
        let list = try String(contentsOfFile: path, encoding: .utf8)
        let c = try ProjectLexiconTests.projectClassifier()
        let found = LexiconLinter(c).stemCollisions(words: list.split(whereSeparator: \.isNewline).map(String.init))
        #expect(found.isEmpty, "\(found.map(\.description).joined(separator: "\n"))")
    }
}

/// Words written without accents stem as their accented spellings do.
struct UnaccentedSuffixTests {
    @Test(arguments: [
        ("infirmieres", "infirmières"), ("securite", "sécurité"), ("payees", "payées"), ("premiere", "première"),
    ])
    func stemsLikeTheAccentedWord(_ plain: String, _ accented: String) {
        let a = Analyzer()
        #expect(a.analyze(plain).map(\.stem) == a.analyze(accented).map(\.stem))
    }

    @Test func accentedWordsAndShortWordsAreLeftAlone() {
        #expect(UnaccentedSuffix.restored("sécurite") == "sécurite")
        #expect(UnaccentedSuffix.restored("ite") == "ite")
        #expect(UnaccentedSuffix.restored("maison") == "maison")
    }
}
