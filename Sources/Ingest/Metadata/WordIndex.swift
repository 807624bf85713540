/// Positions of each word of a folded text, built once, so that counting a phrase costs the
/// occurrences of its first word rather than a scan of the whole text.
///
/// - Complexity: O(n) to build for n words; a phrase lookup is O(k · m) for k occurrences of its
///   first word and m words in the phrase.
public struct WordIndex: Sendable {
    private let words: [Substring]
    private let positions: [Substring: [Int]]

    /// - Parameter folded: words separated by single spaces (``MatchFolding/words(_:)``).
    public init(_ folded: String) {
        words = folded.split(separator: " ")
        var positions: [Substring: [Int]] = [:]
        for (i, w) in words.enumerated() { positions[w, default: []].append(i) }
        self.positions = positions
    }

    /// Start positions of `phrase` (folded words), non-overlapping, in order.
    public func occurrences(_ phrase: String) -> [Int] {
        let parts = phrase.split(separator: " ")
        guard let first = parts.first, let starts = positions[first] else { return [] }
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

    public func count(_ phrase: String) -> Int { occurrences(phrase).count }

    public func first(_ phrase: String) -> Int? { occurrences(phrase).first }
}
