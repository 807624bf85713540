import PropertyBased
import Testing

@testable import Classify
@testable import Ingest

/// The classifier's hot path (tokens as numbers into a per-worker vocabulary, keys resolved once)
/// must answer exactly as the plain path (strings compared pattern by pattern).
struct VocabularyTests {
    static let words = [
        "télémédecine", "téléconsultations", "EHPAD", "l’EHPAD", "d'EHPAD", "ville-hôpital", "articulation",
        "santé", "SANTÉ", "revalorisation", "revaloriser", "aide", "en", "ligne", "soignant", "reprise",
        "dette", "de", "la", "des", "usager", "usagers", "maison", "retraite", "chariot", "cœur", "Œuvre",
        "qu'il", "jusqu’à", "hôpitaux", "na\u{0308}ive", "東京", "", "\u{00A0}", ",", ".", "—",
    ]
    static let texts = Gen.int(in: 0..<words.count).map { words[$0] }.array(of: 0...40)

    /// Tokens analysed for one lexicon and matched against another are numbered by the second.
    @Test func tokensFromAnotherLexiconAreNumberedAgain() throws {
        let a = try classifier(["themes/a.tsv": "term\tmode\nsanté\texact\nhôpital\tstem\n"])
        let b = try classifier(["themes/b.tsv": "term\tmode\nhôpital\tstem\nsanté\texact\n"])
        let text = "La santé à l'hôpital"
        #expect(b.matcher.matches(a.analyzer.analyze(text)).map(\.entry) == ["santé", "hôpital"])
        #expect(a.matcher.matches(b.analyzer.analyze(text)).map(\.entry) == ["santé", "hôpital"])
    }

    @Test func numberedTokensMatchAsStringTokens() async throws {
        let c = try classifier(MatcherTests.files)
        let plain = Matcher(c.matcher.lexicon)
        let unbound = Analyzer()
        await propertyCheck(count: 400, input: Self.texts) { words in
            let text = words.joined(separator: " ")
            #expect(c.classify(text).matches == plain.matches(unbound.analyze(text)), "\(text)")
        }
    }

    @Test func theVocabularyAnswersAsTheNormaliser() async {
        let analyzer = Analyzer()
        await propertyCheck(count: 300, input: Self.texts) { words in
            let text = words.joined(separator: " ")
            let tokens = analyzer.analyze(text)
            let reference = FrenchNormalizer.tokens(text)
            #expect(tokens.map(\.form) == reference.map(\.form))
            #expect(tokens.map(\.folded) == reference.map(\.folded))
            #expect(tokens.map(\.start) == reference.map(\.start) && tokens.map(\.end) == reference.map(\.end))
            #expect(tokens.map(\.stem) == reference.map { FrenchNormalizer.fold(SnowballStemmer().stem($0.form)) })
        }
    }

    /// Words are told apart by their bytes, not by their hash alone: forms given one hash on
    /// purpose (short ones, kept inline, and long ones, kept in the arena) are different words.
    @Test func sameHashDifferentFormsAreDifferentWords() {
        var vocabulary = Vocabulary()
        let numbers = Vocabulary.Numbers(foldedID: 0, stemID: 0, foldedHash: 0)
        func word(_ s: String) -> Vocabulary.Word { Vocabulary.Word(form: s, folded: s, stem: s) }
        let forms = ["de", "la", "ab", "télémédecine", "téléconsultation", "télémédecinf", "ba"]
        for (i, form) in forms.enumerated() {
            Array(form.utf8).withUnsafeBufferPointer { bytes in
                #expect(vocabulary.find(bytes, hash: 42) == nil, "\(form) found before it was added")
                #expect(vocabulary.add(bytes, hash: 42, word(form), numbers) == Int32(i))
            }
        }
        for (i, form) in forms.enumerated() {
            Array(form.utf8).withUnsafeBufferPointer { #expect(vocabulary.find($0, hash: 42) == Int32(i), "\(form)") }
            Array(form.utf8).withUnsafeBufferPointer { #expect(vocabulary.find($0, hash: 43) == nil, "\(form) under another hash") }
        }
        #expect(vocabulary.count == forms.count)
    }

    /// A vocabulary that fills up is cleared between texts, never inside one: a small capacity
    /// gives the same results as a large one.
    @Test func aFullVocabularyIsClearedBetweenTexts() async throws {
        let lexicon = try classifier(MatcherTests.files).matcher.lexicon
        let small = Classifier(lexicon, capacity: 3)
        let large = Classifier(lexicon)
        await propertyCheck(count: 200, input: Self.texts) { words in
            let text = words.joined(separator: " ")
            #expect(small.classify(text) == large.classify(text), "\(text)")
            // Below the capacity before the text, plus the text's own words: never more.
            let distinct = Set(small.analyzer.analyze(text).map(\.form)).count
            #expect(small.analyzer.vocabulary.count < 3 + distinct)
        }
    }

    @Test func keysAreNumberedOnceAndUnknownOnesAreAbsent() throws {
        let lexicon = try classifier(MatcherTests.files).matcher.lexicon
        let ehpad = lexicon.keys.id("ehpad")
        #expect(ehpad >= 0)
        #expect(lexicon.keys.id("inconnu") == LexiconKeys.absent)
        let tokens = Analyzer(keys: lexicon.keys).words("L’EHPAD inconnu")
        #expect(tokens.map(\.foldedID) == [ehpad, LexiconKeys.absent])
        #expect(Analyzer().words("EHPAD").map(\.foldedID) == [LexiconKeys.unresolved])
    }

    @Test func manyDistinctWordsGrowTheTable() {
        var vocabulary = Vocabulary()
        let forms = (0..<10_000).map { "mot\($0)" }
        var ids: [Int32] = []
        for form in forms {
            var bytes = Array(form.utf8)
            ids.append(bytes.withUnsafeMutableBufferPointer { b in
                let view = UnsafeBufferPointer(b)
                let hash = WordHash.fnv1a(view)
                #expect(vocabulary.find(view, hash: hash) == nil)
                return vocabulary.add(view, hash: hash, .init(form: form, folded: form, stem: form), .init(foldedID: -2, stemID: -2, foldedHash: hash))
            })
        }
        #expect(ids == (0..<10_000).map(Int32.init))
        for (form, id) in zip(forms, ids) {
            var bytes = Array(form.utf8)
            let found = bytes.withUnsafeMutableBufferPointer { b in vocabulary.find(UnsafeBufferPointer(b), hash: WordHash.fnv1a(UnsafeBufferPointer(b))) }
            #expect(found == id)
            #expect(vocabulary.words[Int(id)].form == form)
        }
    }
}
