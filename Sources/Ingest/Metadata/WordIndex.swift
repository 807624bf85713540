/// Positions of each word of a folded text, built once, so that counting a phrase costs the
/// occurrences of its first word rather than a scan of the whole text.
///
/// - Complexity: O(n) to build for n bytes; a phrase lookup is O(k · m) for k occurrences of its
///   first word and m words in the phrase.
public struct WordIndex: Sendable {
    private let words: [Substring]
    private let positions: [Substring: [Int]]

    /// A phrase split into words once, for repeated lookups.
    public struct Phrase: Sendable, Hashable {
        let parts: [Substring]
        public init(_ text: String) { parts = WordIndex.split(text) }
    }

    /// - Parameter folded: words separated by single spaces (``MatchFolding/words(_:)``).
    public init(_ folded: String) {
        words = Self.split(folded)
        var positions: [Substring: [Int]] = [:]
        for (i, w) in words.enumerated() { positions[w, default: []].append(i) }
        self.positions = positions
    }

    /// Splits on spaces by UTF-8 bytes (no grapheme breaking: the text is folded already).
    static func split(_ s: String) -> [Substring] {
        var out: [Substring] = []
        let utf8 = s.utf8
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            if utf8[i] == 0x20 {
                if i != start { out.append(s[start..<i]) }
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if start != utf8.endIndex { out.append(s[start..<utf8.endIndex]) }
        return out
    }

    /// Start positions of `phrase`, non-overlapping, in order.
    public func occurrences(_ phrase: Phrase) -> [Int] {
        let parts = phrase.parts
        guard let first = parts.first, let starts = positions[first] else { return [] }
        if parts.count == 1 { return starts }
        var out: [Int] = []
        var next = 0
        for s in starts where s >= next && s + parts.count <= words.count {
            if (1..<parts.count).allSatisfy({ words[s + $0] == parts[$0] }) {
                out.append(s)
                next = s + parts.count
            }
        }
        return out
    }

    public func occurrences(_ phrase: String) -> [Int] { occurrences(Phrase(phrase)) }
    public func count(_ phrase: Phrase) -> Int { occurrences(phrase).count }
    public func count(_ phrase: String) -> Int { count(Phrase(phrase)) }
    public func first(_ phrase: Phrase) -> Int? { occurrences(phrase).first }
    public func first(_ phrase: String) -> Int? { first(Phrase(phrase)) }
}
