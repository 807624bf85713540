import Foundation
import Ingest

/// The distinct word forms one analyser has seen, numbered, with what matching needs of each.
///
/// Looked up by the form's UTF-8 bytes in an open-addressing table over one byte arena: a word
/// seen before costs a hash and a byte comparison, and makes no string. A value, so that the
/// analyser's hot loop works on a local copy without the exclusivity checks a class's stored
/// properties cost on every access.
struct Vocabulary {
    struct Word {
        var form: String
        var folded: String
        /// The Snowball stem of ``form``, accents folded.
        var stem: String
    }

    /// What the hot path reads of a word, kept apart from its strings so that reading it retains
    /// nothing.
    struct Numbers {
        var foldedID: Int32
        var stemID: Int32
        /// ``WordHash`` of ``Word/folded``: the word as near-duplicate signatures see it.
        var foldedHash: UInt64
    }

    private(set) var words: [Word] = []
    private(set) var numbers: [Numbers] = []
    private var arena: [UInt8] = []
    /// Per word: where its form starts in ``arena``, its length and its hash.
    private var spans: [(start: Int, count: Int, hash: UInt64)] = []
    /// Word numbers by hash, -1 for an empty slot; a power of two, at most half full (empty until
    /// the first word).
    private var slots: [Int32] = []

    var count: Int { words.count }

    /// The number of the word spelt `form`, nil when it is new.
    @inline(__always)
    func find(_ form: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return nil }
            let span = spans[Int(id)]
            if span.hash == hash, span.count == form.count,
                arena.withUnsafeBufferPointer({ memcmp($0.baseAddress! + span.start, form.baseAddress!, form.count) == 0 })
            {
                return id
            }
            slot = (slot &+ 1) & mask
        }
    }

    /// Numbers a new word (one ``find(_:hash:)`` did not find).
    mutating func add(_ form: UnsafeBufferPointer<UInt8>, hash: UInt64, _ word: Word, _ numbers: Numbers) -> Int32 {
        let id = Int32(words.count)
        spans.append((arena.count, form.count, hash))
        arena.append(contentsOf: form)
        words.append(word)
        self.numbers.append(numbers)
        if words.count * 2 > slots.count {
            slots = [Int32](repeating: -1, count: max(slots.count * 2, 1 << 12))
            for (i, span) in spans.enumerated() { place(Int32(i), hash: span.hash) }
        } else {
            place(id, hash: hash)
        }
        return id
    }

    private mutating func place(_ id: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot &+ 1) & mask }
        slots[slot] = id
    }

    mutating func removeAll() {
        words.removeAll(keepingCapacity: true)
        numbers.removeAll(keepingCapacity: true)
        arena.removeAll(keepingCapacity: true)
        spans.removeAll(keepingCapacity: true)
        slots = []
    }
}
