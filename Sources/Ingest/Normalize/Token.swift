/// A word of French text after normalisation, with where it stands in the original.
public struct Token: Sendable, Hashable {
    /// Lowercase, NFC, œ → oe, æ → ae, accents kept: what the stemmer reads.
    public var form: String
    /// ``form`` without accents: what exact and prefix lexicon entries compare with.
    public var folded: String
    /// Unicode-scalar offsets of the word in the normalised text (elided article excluded).
    public var start: Int
    public var end: Int

    public init(form: String, folded: String, start: Int, end: Int) {
        self.form = form
        self.folded = folded
        self.start = start
        self.end = end
    }
}
