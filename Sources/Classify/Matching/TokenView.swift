/// Random access to analysed tokens, whichever form they are kept in: what matching reads of the
/// token at an index.
protocol TokenView {
    var count: Int { get }
    /// The numbers of the token's folded form and folded stem in the lexicon's ``LexiconKeys``.
    func foldedID(_ i: Int) -> Int32
    func stemID(_ i: Int) -> Int32
    func folded(_ i: Int, startsWith prefix: String) -> Bool
    /// Unicode-scalar offsets of the token in its text.
    func start(_ i: Int) -> Int
    func end(_ i: Int) -> Int
}

/// ``AnalyzedToken`` values, numbered by the keys of the lexicon being matched.
struct AnalyzedTokens: TokenView {
    let tokens: [AnalyzedToken]
    private let ids: [(folded: Int32, stem: Int32)]

    init(_ tokens: [AnalyzedToken], keys: LexiconKeys) {
        self.tokens = tokens
        ids = tokens.map { (keys.id($0.folded), keys.id($0.stem)) }
    }

    var count: Int { tokens.count }
    func foldedID(_ i: Int) -> Int32 { ids[i].folded }
    func stemID(_ i: Int) -> Int32 { ids[i].stem }
    func folded(_ i: Int, startsWith prefix: String) -> Bool { tokens[i].folded.utf8.starts(with: prefix.utf8) }
    func start(_ i: Int) -> Int { tokens[i].start }
    func end(_ i: Int) -> Int { tokens[i].end }
}

/// The classifier's tokens: numbers, with their strings in the analyser's ``Vocabulary``.
struct WordTokens: TokenView {
    let tokens: [WordToken]
    let vocabulary: Vocabulary

    var count: Int { tokens.count }
    @inline(__always) func foldedID(_ i: Int) -> Int32 { tokens[i].foldedID }
    @inline(__always) func stemID(_ i: Int) -> Int32 { tokens[i].stemID }
    func folded(_ i: Int, startsWith prefix: String) -> Bool {
        vocabulary.words[Int(tokens[i].word)].folded.utf8.starts(with: prefix.utf8)
    }
    func start(_ i: Int) -> Int { tokens[i].start }
    func end(_ i: Int) -> Int { tokens[i].end }
}
