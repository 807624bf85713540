import Ingest

/// A normalised token with its stem, ready for matching.
public struct AnalyzedToken: Sendable, Hashable {
    public var form: String
    public var folded: String
    /// The Snowball stem of ``form``, accents folded.
    public var stem: String
    public var start: Int
    public var end: Int
}

/// A token as the classifier's hot path keeps it: numbers only, its strings in the analyser's
/// ``Vocabulary`` (so an array of them is copied and freed without reference counting).
struct WordToken {
    /// The word's number in the ``Vocabulary``.
    var word: Int32
    /// ``AnalyzedToken/folded`` and ``AnalyzedToken/stem`` as numbers of the bound lexicon's
    /// ``LexiconKeys`` (``LexiconKeys/absent`` when it has no such key; ``LexiconKeys/unresolved``
    /// when the analyser is bound to none).
    var foldedID: Int32
    var stemID: Int32
    /// ``Vocabulary/Numbers/foldedHash``, carried so that reading the text's word hashes goes
    /// through the tokens in order rather than back to the vocabulary.
    var foldedHash: UInt64
    var start: Int
    var end: Int
}

/// The analysis chain shared by passages and lexicon entries: ``FrenchNormalizer`` then Snowball.
/// Every distinct word form is analysed once and kept in a ``Vocabulary`` with its folded stem
/// and, when the analyser is bound to a lexicon, the numbers of its keys. Not thread-safe: one per
/// worker.
public final class Analyzer {
    private let stemmer = SnowballStemmer()
    private let keys: LexiconKeys?
    private let capacity: Int
    private(set) var vocabulary = Vocabulary()

    /// An analyser whose tokens carry the numbers of `keys` (a ``CompiledLexicon``'s), or none.
    /// - Parameter capacity: distinct words kept at most; the vocabulary is cleared when it holds
    ///   as many, before the next text (French text reuses a small vocabulary, so this is rare).
    public init(keys: LexiconKeys? = nil, capacity: Int = SnowballStemmer.cacheLimit) {
        self.keys = keys
        self.capacity = capacity
    }

    public func analyze(_ text: String) -> [AnalyzedToken] {
        words(text).map { t in
            let word = vocabulary.words[Int(t.word)]
            return AnalyzedToken(form: word.form, folded: word.folded, stem: word.stem, start: t.start, end: t.end)
        }
    }

    /// The tokens of `text` as numbers into ``vocabulary``, valid until the next call.
    func words(_ text: String) -> [WordToken] {
        // Cleared between texts only, so that every token of one text refers to one vocabulary.
        if vocabulary.count >= capacity { vocabulary.removeAll() }
        // Moved out and back (not copied: the storage stays uniquely referenced).
        var vocabulary = self.vocabulary
        self.vocabulary = Vocabulary()
        defer { self.vocabulary = vocabulary }
        var tokens: [WordToken] = []
        // About one word per six bytes of French text: most passages never grow the array.
        tokens.reserveCapacity(text.utf8.count / 6 + 4)
        FrenchNormalizer.forEachWord(text) { form, folded, start, end in
            let id = number(form: form, folded: folded, in: &vocabulary)
            let numbers = vocabulary.numbers(id)
            tokens.append(
                WordToken(word: id, foldedID: numbers.foldedID, stemID: numbers.stemID, foldedHash: numbers.foldedHash, start: start, end: end))
        }
        return tokens
    }

    private func number(form: UnsafeBufferPointer<UInt8>, folded: UnsafeBufferPointer<UInt8>, in vocabulary: inout Vocabulary) -> Int32 {
        let hash = WordHash.fnv1a(form)
        if let id = vocabulary.find(form, hash: hash) { return id }
        let formString = String(decoding: form, as: UTF8.self)
        let foldedString = String(decoding: folded, as: UTF8.self)
        let stem = FrenchNormalizer.fold(stemmer.uncachedStem(UnaccentedSuffix.restored(formString)))
        return vocabulary.add(
            form, hash: hash, Vocabulary.Word(form: formString, folded: foldedString, stem: stem),
            Vocabulary.Numbers(
                foldedID: keys.map { $0.id(foldedString) } ?? LexiconKeys.unresolved,
                stemID: keys.map { $0.id(stem) } ?? LexiconKeys.unresolved,
                foldedHash: WordHash.fnv1a(folded)))
    }
}
