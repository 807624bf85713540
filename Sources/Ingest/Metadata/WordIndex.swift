/// Positions of each word of a folded text, built once, so that counting a phrase costs the
/// occurrences of its first word rather than a scan of the whole text.
///
/// Words are kept as 64-bit FNV-1a hashes of their folded bytes, never as strings: building the
/// index makes no `String`. Two different words share a hash with a probability near 2⁻⁶⁴ per
/// pair, far below any rate these heuristics can notice.
///
/// The positions are chained, not gathered in an array per word: an open-addressing table gives
/// each distinct word its first position and its count, and `next` links each position to the
/// word's following one. Building it allocates four arrays, whatever the number of distinct
/// words (a dictionary of arrays allocated one array per distinct word, and was most of the
/// metadata's cost).
///
/// - Complexity: O(n) to build for n bytes; a phrase lookup is O(k · m) for k occurrences of its
///   rarest word and m words in the phrase.
public struct WordIndex: Sendable {
    let words: [UInt64]
    /// Per position, the next position of the same word, or -1.
    private let next: [Int32]
    /// Per distinct word, its first position and how many times it occurs.
    private let heads: [(first: Int32, count: Int32)]
    /// Open addressing over the word hashes: 0 when empty, else the word's number in `heads`
    /// plus one. A power of two, at most half full.
    private let slots: [Int32]
    /// Where this index's text starts in `words`: an index of the end of a longer text shares its
    /// words and positions (``suffix(from:)``).
    private var from: Int

    /// A phrase split into words once, for repeated lookups.
    public struct Phrase: Sendable, Hashable {
        let parts: [UInt64]
        /// - Parameter text: folded words separated by single spaces.
        public init(_ text: String) { parts = WordIndex.hashes(ofFolded: text) }
    }

    /// The index of the words of raw text (``MatchFolding/words(_:)`` then split), in one pass
    /// over its bytes.
    public init(wordsOf text: some StringProtocol) {
        self.init(hashes: Self.hashes(ofText: text))
    }

    /// The index of the words from position `start` on, as if built from them alone, sharing this
    /// index's storage: a text's index and that of its tail cost one build.
    public func suffix(from start: Int) -> WordIndex {
        var copy = self
        copy.from = from + start
        return copy
    }

    init(hashes: [UInt64]) {
        from = 0
        words = hashes
        var capacity = 16
        while capacity < hashes.count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        var slots = [Int32](repeating: 0, count: capacity)
        var next = [Int32](repeating: -1, count: hashes.count)
        var heads: [(first: Int32, count: Int32)] = []
        var tails: [Int32] = []
        heads.reserveCapacity(min(hashes.count, 1 << 12))
        tails.reserveCapacity(min(hashes.count, 1 << 12))
        for (i, w) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: w) & mask
            while true {
                let value = slots[slot]
                if value == 0 {
                    slots[slot] = Int32(heads.count + 1)
                    heads.append((Int32(i), 1))
                    tails.append(Int32(i))
                    break
                }
                let id = Int(value) - 1
                if hashes[Int(heads[id].first)] == w {
                    next[Int(tails[id])] = Int32(i)
                    tails[id] = Int32(i)
                    heads[id].count += 1
                    break
                }
                slot = (slot &+ 1) & mask
            }
        }
        self.slots = slots
        self.next = next
        self.heads = heads
    }

    /// The first position and count of `word` in the whole text, nil when it does not occur.
    private func head(_ word: UInt64) -> (first: Int32, count: Int32)? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: word) & mask
        while true {
            let value = slots[slot]
            if value == 0 { return nil }
            let head = heads[Int(value) - 1]
            if words[Int(head.first)] == word { return head }
            slot = (slot &+ 1) & mask
        }
    }

    /// Whether the text held no word.
    public var isEmpty: Bool { words.count == from }

    /// Whether the word (its hash) occurs in the longer text this index may be the tail of: false
    /// means it occurs in no phrase of this text either.
    func contains(_ word: UInt64) -> Bool { head(word) != nil }

    /// Start positions of `phrase`, non-overlapping, in order.
    ///
    /// Candidates come from the phrase's rarest word ("gers" rather than "de" in "de la gers"):
    /// its positions, shifted back to where the phrase would start, are in ascending order like
    /// the starts themselves, so the leftmost non-overlapping matches are the same.
    public func occurrences(_ phrase: Phrase) -> [Int] {
        let parts = phrase.parts
        guard let first = parts.first, var anchorHead = head(first) else { return [] }
        var anchor = 0
        for k in 1..<max(1, parts.count) {
            guard let h = head(parts[k]) else { return [] }
            if h.count < anchorHead.count {
                anchor = k
                anchorHead = h
            }
        }
        var out: [Int] = []
        var nextStart = from
        var p = Int(anchorHead.first)
        while p >= 0 {
            let s = p - anchor
            if s >= nextStart, s >= 0, s + parts.count <= words.count,
                (0..<parts.count).allSatisfy({ $0 == anchor || words[s + $0] == parts[$0] })
            {
                out.append(s - from)
                nextStart = s + parts.count
            }
            p = Int(next[p])
        }
        return out
    }

    public func occurrences(_ phrase: String) -> [Int] { occurrences(Phrase(phrase)) }
    public func count(_ phrase: Phrase) -> Int { occurrences(phrase).count }
    public func count(_ phrase: String) -> Int { count(Phrase(phrase)) }
    public func first(_ phrase: Phrase) -> Int? { occurrences(phrase).first }
    public func first(_ phrase: String) -> Int? { first(Phrase(phrase)) }

    /// Hashes of the words of text whose words are already folded and separated by spaces.
    static func hashes(ofFolded folded: String) -> [UInt64] {
        var copy = folded
        return copy.withUTF8 { splitHashes($0) }
    }

    static func hashes(ofText text: some StringProtocol) -> [UInt64] {
        hashesAndLength(ofText: text).hashes
    }

    /// The word hashes of raw text, and the UTF-8 length of its words joined by single spaces.
    static func hashesAndLength(ofText text: some StringProtocol) -> (hashes: [UInt64], byteCount: Int) {
        text.utf8.withContiguousStorageIfAvailable(FoldedWordHashes.of) ?? Array(text.utf8).withUnsafeBufferPointer(FoldedWordHashes.of)
    }

    /// FNV-1a over each space-separated run of bytes.
    static func splitHashes(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        var out: [UInt64] = []
        out.reserveCapacity(bytes.count / 6)
        var hash = WordHash.offsetBasis
        var inWord = false
        for b in bytes {
            if b == 0x20 {
                if inWord { out.append(hash) }
                hash = WordHash.offsetBasis
                inWord = false
            } else {
                hash = (hash ^ UInt64(b)) &* WordHash.prime
                inWord = true
            }
        }
        if inWord { out.append(hash) }
        return out
    }
}

/// 64-bit FNV-1a: the word hash of ``WordIndex``, and a hash that is the same in every process
/// (Swift's `Hasher` is seeded per process).
public enum WordHash {
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inlinable
    public static func fnv1a<S: Sequence<UInt8>>(_ bytes: S) -> UInt64 {
        bytes.reduce(offsetBasis) { ($0 ^ UInt64($1)) &* prime }
    }
}

/// A fixed set of phrases (folded words) looked for in many texts, by word hashes: no index is
/// built per text, and most words are passed over after one bit test.
public struct PhraseScanner: Sendable {
    private let phrases: [[UInt64]]
    /// Phrase numbers by the hash of their first word, in list order.
    private let byFirstWord: [UInt64: [Int]]
    /// One bit per first-word hash (its low 10 bits): a clear bit means no phrase starts here.
    private let filter: [UInt64]

    /// - Parameter phrases: folded words separated by single spaces.
    public init(_ phrases: [String]) {
        self.phrases = phrases.map(WordIndex.hashes(ofFolded:))
        var byFirstWord: [UInt64: [Int]] = [:]
        var filter = [UInt64](repeating: 0, count: 16)
        for (i, parts) in self.phrases.enumerated() {
            guard let first = parts.first else { continue }
            byFirstWord[first, default: []].append(i)
            filter[Int(first & 0x3FF) >> 6] |= 1 << (first & 63)
        }
        self.byFirstWord = byFirstWord
        self.filter = filter
    }

    /// The number of the phrase that starts earliest in the words of `text`
    /// (``MatchFolding/words(_:)``); at the same word, the earlier phrase in the list.
    public func firstPhrase(inWordsOf text: some StringProtocol) -> Int? {
        firstPhrase(in: WordIndex.hashes(ofText: text))
    }

    /// The same, over word hashes (``WordIndex/hashes(ofText:)``, ``IngestResult/passageWords``).
    public func firstPhrase(in words: [UInt64]) -> Int? {
        for (i, w) in words.enumerated() where filter[Int(w & 0x3FF) >> 6] & (1 << (w & 63)) != 0 {
            guard let candidates = byFirstWord[w] else { continue }
            for p in candidates {
                let parts = phrases[p]
                if i + parts.count <= words.count, (1..<parts.count).allSatisfy({ words[i + $0] == parts[$0] }) { return p }
            }
        }
        return nil
    }
}
