import PropertyBased
import Testing

@testable import Ingest

/// Phrase lookups start from the phrase's rarest word; they must find exactly the leftmost
/// non-overlapping matches a plain left-to-right scan finds.
struct WordIndexTests {
    static let vocabulary = ["de", "la", "gers", "du", "var", "ars", "l"]
    static let texts = Gen.int(in: 0..<vocabulary.count).map { vocabulary[$0] }.array(of: 0...60)
    static let phrases = Gen.int(in: 0..<vocabulary.count).map { vocabulary[$0] }.array(of: 1...4)

    static func reference(_ words: [String], _ phrase: [String]) -> [Int] {
        var out: [Int] = []
        var s = 0
        while s + phrase.count <= words.count {
            if Array(words[s..<(s + phrase.count)]) == phrase {
                out.append(s)
                s += phrase.count
            } else {
                s += 1
            }
        }
        return out
    }

    @Test func occurrencesMatchALeftToRightScan() async {
        await propertyCheck(count: 500, input: PropertyBased.zip(Self.texts, Self.phrases)) { words, phrase in
            let index = WordIndex(wordsOf: words.joined(separator: " "))
            #expect(index.occurrences(phrase.joined(separator: " ")) == Self.reference(words, phrase), "\(words) / \(phrase)")
        }
    }

    /// The body's index is the tail of the title-and-body index: it must answer as an index built
    /// from the body alone, phrases straddling the join included.
    @Test func aSuffixAnswersAsItsOwnIndex() async {
        await propertyCheck(count: 300, input: PropertyBased.zip(Self.texts, Self.texts, Self.phrases)) { head, tail, phrase in
            let whole = WordIndex(hashes: WordIndex.hashes(ofText: (head + tail).joined(separator: " ")))
            let suffix = whole.suffix(from: head.count)
            let own = WordIndex(wordsOf: tail.joined(separator: " "))
            let text = phrase.joined(separator: " ")
            #expect(suffix.occurrences(text) == own.occurrences(text), "\(head) | \(tail) / \(phrase)")
            #expect(suffix.isEmpty == own.isEmpty)
        }
    }

    /// Metadata inference indexes a body as its blocks' words one after the other: a line break
    /// must end a word whatever stands on either side of it.
    @Test func aLineBreakEndsWords() async {
        let pieces = ["l’", "l'", "EHPAD", "ville-", "-hôpital", "jusqu’", "au", "Œuvre", "e\u{301}", "\u{301}", "🙂", " ", "\u{00A0}", ".", "’", "-", "ARS", "d'"]
        let texts = Gen.int(in: 0..<pieces.count).map { pieces[$0] }.array(of: 0...8).map { $0.joined() }
        await propertyCheck(count: 500, input: PropertyBased.zip(texts, texts)) { a, b in
            #expect(WordIndex.hashes(ofText: a + "\n" + b) == WordIndex.hashes(ofText: a) + WordIndex.hashes(ofText: b), "\(a.debugDescription) / \(b.debugDescription)")
        }
    }

    @Test func aCommonFirstWordStillFindsTheRareOne() {
        let index = WordIndex(wordsOf: "de la santé de la région, de la gers et du gers, de la Gers")
        #expect(index.occurrences("de la gers") == [6, 12])
        #expect(index.count("du gers") == 1)
        #expect(index.count("de la var") == 0)
    }

    /// Departments are searched only in texts holding the last word of their name: the counts
    /// must be those of searching every phrase of every department, in a body that is the tail
    /// of a title-and-body index too.
    @Test func departmentMentionsAsAFullSearch() async {
        let vocabulary = ["du", "de", "la", "l", "des", "dans", "le", "gers", "var", "haute", "garonne", "cote", "d", "or", "nord", "seine", "saint", "denis", "x"]
        let texts = Gen.int(in: 0..<vocabulary.count).map { vocabulary[$0] }.array(of: 0...40)
        func reference(_ index: WordIndex) -> [String] {
            zip(Departments.all, Departments.phrases).compactMap { d, phrases in
                let n = phrases.reduce(0) { $0 + index.count($1) }
                return n > 0 ? "\(d.code):\(n)" : nil
            }
        }
        await propertyCheck(count: 400, input: PropertyBased.zip(texts, texts)) { head, tail in
            let whole = WordIndex(wordsOf: (head + tail).joined(separator: " "))
            for index in [whole, whole.suffix(from: head.count)] {
                #expect(Departments.mentions(in: index).map { "\($0.0.code):\($0.1)" } == reference(index), "\(head) | \(tail)")
            }
        }
        #expect(Departments.mentions(in: WordIndex(wordsOf: "CTS du Gers et de la Haute-Garonne")).map(\.0.code) == ["31", "32"])
    }
}
