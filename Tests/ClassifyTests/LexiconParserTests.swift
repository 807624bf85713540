import Testing

@testable import Classify

struct LexiconParserTests {
    @Test func readsEveryColumnAndDirective() throws {
        let lexicon = try LexiconParser.parse([LexiconFile(path: "themes/aides.tsv", contents: """
            # label: Aides et soutiens
            # un commentaire
            #match: Une aide alimentaire.
            # nomatch: L'aide en ligne.
            term\tmode\tweight\texclude\tnear
            aide\texact\t0,5\taide en ligne | aide soignant
            revaloris*
            reprise\t\t\t\tdette~4|plan~2
            """)])
        let category = try #require(lexicon.categories.first)
        #expect(category.id == "aides")
        #expect(category.kind == .theme)
        #expect(category.label == "Aides et soutiens")
        #expect(category.examples.map(\.shouldMatch) == [true, false])
        #expect(category.examples.map(\.location.line) == [3, 4])
        #expect(category.entries.map(\.term) == ["aide", "revaloris", "reprise"])
        #expect(category.entries.map(\.mode) == [.exact, .prefix, .stem])
        #expect(category.entries[0].weight == 0.5)
        #expect(category.entries[0].exclusions == ["aide en ligne", "aide soignant"])
        #expect(category.entries[2].near == [ProximityRule(term: "dette", window: 4), ProximityRule(term: "plan", window: 2)])
        #expect(category.entries[1].location == LexiconLocation(file: "themes/aides.tsv", line: 7))
        #expect(lexicon.digest.count == 64)
    }

    @Test(arguments: [
        ("term\tmode\nsanté\tfuzzy\n", 2, "mode must be exact, stem or prefix"),
        ("term\tweight\nsanté\tlourd\n", 2, "weight must be a number"),
        ("term\tweight\nsanté\t0\n", 2, "weight must be a number"),
        ("term\nsanté\t1\n", 2, "2 tab-separated cells, but the header has 1 columns"),
        ("term\tmode\n\tstem\n", 2, "empty term"),
        ("term\tmode\ntélé*\texact\n", 2, "ends with * but its mode is exact"),
        ("term\nté*lé\n", 2, "* may only end a prefix term"),
        ("term\tnear\nreprise\tdette\n", 2, "near must read term~N"),
        ("term\tnear\nreprise\tdette~0\n", 2, "near must read term~N"),
        ("# commentaire\nterme\tmode\n", 2, "unknown column \"terme\""),
        ("mode\tweight\n", 1, "no \"term\" column"),
        ("term\tterm\n", 1, "named twice"),
    ])
    func malformedRowsNameFileLineAndReason(_ contents: String, _ line: Int, _ reason: String) {
        #expect {
            _ = try LexiconParser.parse([LexiconFile(path: "themes/x.tsv", contents: contents)])
        } throws: { error in
            guard case .malformedRow(let file, let l, let r) = error as? LexiconError else { return false }
            return file == "themes/x.tsv" && l == line && r.contains(reason)
        }
    }

    @Test func fileLevelErrors() {
        #expect(throws: LexiconError.missingHeader(file: "themes/x.tsv")) {
            try LexiconParser.parse([LexiconFile(path: "themes/x.tsv", contents: "# rien\n")])
        }
        #expect(throws: LexiconError.misplacedFile(file: "x.tsv", reason: "not under pillars/, themes/ or domains/ and no \"# kind:\" line")) {
            try LexiconParser.parse([LexiconFile(path: "x.tsv", contents: "term\nsanté\n")])
        }
        #expect(throws: LexiconError.duplicateCategory(id: "theme/x", files: ["a/themes/x.tsv", "b/themes/x.tsv"])) {
            try LexiconParser.parse([LexiconFile(path: "a/themes/x.tsv", contents: "term\na\n"), LexiconFile(path: "b/themes/x.tsv", contents: "term\nb\n")])
        }
        #expect(throws: LexiconError.self) { try LexiconParser.parse([]) }
    }

    @Test func kindDirectiveAndCRLF() throws {
        let lexicon = try LexiconParser.parse([LexiconFile(path: "extra/p5.tsv", contents: "# kind: pillar\r\nterm\r\nsanté\r\n")])
        #expect(lexicon.categories.first?.kind == .pillar)
        #expect(lexicon.categories.first?.entries.first?.term == "santé")
    }

    /// The byte-level line split against Swift's own Character split, on texts made of every
    /// kind of line break next to accents, combining marks and multi-byte letters.
    @Test func linesSplitAsCharactersDo() {
        let pieces = ["santé", "\r\n", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "e\u{301}", "\u{301}",
            "œuvre", "\t", "", "€", "\r\u{301}", "\n\n", "\u{2027}", "\u{C2}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
            #expect(LexiconParser.lines(of: text) == expected, "\(Array(text.unicodeScalars))")
        }
    }

    @Test func weightTakesADecimalCommaAndCellsAreTrimmed() throws {
        let lexicon = try LexiconParser.parse([LexiconFile(path: "themes/x.tsv", contents: "term\tweight\texclude\n santé \t 2,5 \t de jour |\u{A0}| de nuit\n")])
        let entry = try #require(lexicon.categories.first?.entries.first)
        #expect(entry.term == "santé")
        #expect(entry.weight == 2.5)
        #expect(entry.exclusions == ["de jour", "de nuit"])
    }

    @Test func digestChangesWithContent() throws {
        let a = try LexiconParser.parse([LexiconFile(path: "themes/x.tsv", contents: "term\nsanté\n")])
        let b = try LexiconParser.parse([LexiconFile(path: "themes/x.tsv", contents: "term\nsanté\nusagers\n")])
        #expect(a.digest != b.digest)
    }
}
