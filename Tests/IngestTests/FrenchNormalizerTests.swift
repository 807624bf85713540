import PropertyBased
import Testing

@testable import Ingest

/// Lucene-style table tests: text in, folded tokens out.
struct FrenchNormalizerTests {
    func assertNormalizes(_ text: String, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(FrenchNormalizer.tokens(text).map(\.folded) == expected, sourceLocation: sourceLocation)
    }

    /// The scanner copies runs of `a`-`z` and `0`-`9` whole: the table must say each is a letter
    /// (no mark) that is its own form and folded form.
    @Test func plainASCIIIsItsOwnFormAndFold() {
        for b in Array(UInt8(ascii: "a")...UInt8(ascii: "z")) + Array(UInt8(ascii: "0")...UInt8(ascii: "9")) {
            let cell = LatinFoldTable.cells[Int(b)]
            #expect(cell.kind == .letter && !cell.isMark, "\(b)")
            #expect(cell.formCount == 1 && cell.form == UInt64(b) && cell.foldedCount == 1 && cell.folded == UInt64(b), "\(b)")
        }
        #expect(FrenchNormalizer.tokens("l’EHPAD2020 a 3 lits").map(\.form) == ["ehpad2020", "a", "3", "lits"])
        #expect(FrenchNormalizer.tokens("l’EHPAD2020 a 3 lits").map(\.start) == [2, 12, 14, 16])
    }

    @Test func elisions() {
        assertNormalizes("L’EHPAD", ["ehpad"])
        assertNormalizes("L'EHPAD", ["ehpad"])
        assertNormalizes("lʼhôpital", ["hopital"])
        assertNormalizes("jusqu’au 20 juin", ["au", "20", "juin"])
        assertNormalizes("qu’il s’agisse d’usagers", ["il", "agisse", "usagers"])
        assertNormalizes("lorsqu'on puisqu’elle quoiqu'il presqu’île quelqu’un", ["on", "elle", "il", "ile", "un"])
        assertNormalizes("c’est n’importe j’ai m’a t’as", ["est", "importe", "ai", "a", "as"])
        assertNormalizes("aujourd’hui", ["aujourd", "hui"])
        assertNormalizes("l\u{0092}hôpital", ["hopital"])  // a windows-1252 apostrophe decoded as a C1 control
    }

    /// Zero-width characters and soft hyphens inside a word are folded away; offsets still point
    /// into the original text.
    @Test func invisibleCharactersInsideWords() {
        for invisible in ["\u{AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}"] {
            assertNormalizes("télé\(invisible)médecine en EHPAD", ["telemedecine", "en", "ehpad"])
        }
        let tokens = FrenchNormalizer.tokens("la télé\u{200B}médecine")
        #expect(tokens.map(\.start) == [0, 3] && tokens.map(\.end) == [2, 16])
    }

    @Test func caseAndAccents() {
        assertNormalizes("Télémédecine TELEMEDECINE télémédecine TÉLÉMÉDECINE", ["telemedecine", "telemedecine", "telemedecine", "telemedecine"])
        assertNormalizes("Île-de-France à Noël où ça", ["ile", "de", "france", "a", "noel", "ou", "ca"])
        assertNormalizes("e\u{301}quipe", ["equipe"])  // decomposed é
        #expect(FrenchNormalizer.tokens("Télémédecine").first?.form == "télémédecine")
        #expect(FrenchNormalizer.tokens("e\u{301}quipe").first?.form == "équipe")
    }

    @Test func ligatures() {
        assertNormalizes("œuvre Œuvre cœur ex æquo", ["oeuvre", "oeuvre", "coeur", "ex", "aequo"])
        #expect(FrenchNormalizer.tokens("Œuvre").first?.form == "oeuvre")
    }

    @Test func spacesAndHyphens() {
        assertNormalizes("EHPAD\u{00A0}: usagers\u{202F}; ville-hôpital ville–hôpital ville‑hôpital", ["ehpad", "usagers", "ville", "hopital", "ville", "hopital", "ville", "hopital"])
        assertNormalizes("télé\u{00AD}médecine", ["telemedecine"])
        assertNormalizes("T2A, ONDAM 2020 ; MA SANTE 2022", ["t2a", "ondam", "2020", "ma", "sante", "2022"])
    }

    @Test func offsetsPointIntoTheOriginal() {
        let text = "Vers l’hôpital\u{00A0}: œuvre"
        let scalars = Array(text.unicodeScalars)
        let slices = FrenchNormalizer.tokens(text).map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        #expect(slices == ["Vers", "hôpital", "œuvre"])
    }

    @Test func lexiconEntriesAndTextsMeetInTheMiddle() {
        #expect(FrenchNormalizer.normalize("Articulation ville-hôpital") == FrenchNormalizer.normalize("articulation VILLE HOPITAL"))
        #expect(FrenchNormalizer.normalize("l’œuvre") == "oeuvre")
    }

    static let unicode = Gen.int(in: 0...0x2FFF).map { v -> String in
        guard let s = Unicode.Scalar(UInt32(v)) else { return "?" }
        return String(s)
    }.array(of: 0...40).map { $0.joined() }

    static let frenchish = Gen.int(in: 0..<fragments.count).map { fragments[$0] }.array(of: 0...30).map { $0.joined() }
    static let fragments = ["l’", "L'", "jusqu’", "œ", "É", "e\u{301}", " ", "\u{00A0}", "-", "–", "\u{AD}", "qu'", "a", "Z", "9", "ß", "ı", "🙂", "'", "\u{0092}", "ǅ", "ﬁ"]

    @Test func randomUnicodeKeepsOffsetsInBoundsAndIsIdempotent() async {
        for generator in [Self.unicode, Self.frenchish] {
            await propertyCheck(count: 500, input: generator) { text in
                let count = text.unicodeScalars.count
                let tokens = FrenchNormalizer.tokens(text)
                #expect(tokens.allSatisfy { 0 <= $0.start && $0.start < $0.end && $0.end <= count })
                #expect(zip(tokens, tokens.dropFirst()).allSatisfy { $0.end <= $1.start })
                let once = FrenchNormalizer.normalize(text)
                #expect(FrenchNormalizer.normalize(once) == once, "\(text.debugDescription)")
                #expect(!tokens.contains { $0.folded.isEmpty })
            }
        }
    }

    /// Words longer than the scanner's first buffers (64 bytes) grow them, and nothing of the long
    /// word leaks into the next one.
    @Test func wordsLongerThanTheScratchBuffers() {
        let long = String(repeating: "Œé", count: 100)
        let tokens = FrenchNormalizer.tokens("l’\(long) \(long)x court")
        #expect(tokens.map(\.folded) == [String(repeating: "oee", count: 100), String(repeating: "oee", count: 100) + "x", "court"])
        #expect(tokens.map(\.form) == [String(repeating: "oeé", count: 100), String(repeating: "oeé", count: 100) + "x", "court"])
        #expect(tokens.map(\.start) == [2, 203, 405])
    }
}
