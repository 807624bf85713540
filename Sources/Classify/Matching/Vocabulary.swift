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
    /// Per word, what a lookup reads, in one place: a word seen before costs two memory accesses
    /// (its slot, its entry), plus the arena for forms longer than eight bytes. On the benchmark
    /// corpus the table outgrows the caches, and each separate array was one more cache miss.
    private var entries: [Entry] = []
    private var arena: [UInt8] = []
    /// Per slot, 0 when empty, else the top 32 bits of the word's hash and its number plus one:
    /// a probe that meets another word is told apart without reading that word's entry. A power
    /// of two, at most half full (empty until the first word).
    private var slots: [UInt64] = []

    private struct Entry {
        var hash: UInt64
        /// The form's bytes when it has at most eight (first byte lowest), else 0.
        var short: UInt64
        /// Where the form starts in ``arena``, and its length.
        var start: Int32
        var count: Int32
        var numbers: Numbers
    }

    var count: Int { words.count }

    /// What the hot path reads of word `id`.
    @inline(__always)
    func numbers(_ id: Int32) -> Numbers { entries[Int(id)].numbers }

    /// The number of the word spelt `form`, nil when it is new.
    @inline(__always)
    func find(_ form: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        let tag = hash >> 32
        let short = form.count <= 8 ? Self.pack(form) : 0
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let value = slots[slot]
            if value == 0 { return nil }
            if value >> 32 == tag {
                let id = Int32(truncatingIfNeeded: value & 0xFFFF_FFFF) - 1
                let entry = entries[Int(id)]
                if entry.hash == hash, Int(entry.count) == form.count,
                    form.count <= 8
                        ? entry.short == short
                        : arena.withUnsafeBufferPointer({ memcmp($0.baseAddress! + Int(entry.start), form.baseAddress!, form.count) == 0 })
                {
                    return id
                }
            }
            slot = (slot &+ 1) & mask
        }
    }

    /// Numbers a new word (one ``find(_:hash:)`` did not find).
    mutating func add(_ form: UnsafeBufferPointer<UInt8>, hash: UInt64, _ word: Word, _ numbers: Numbers) -> Int32 {
        let id = Int32(words.count)
        entries.append(
            Entry(hash: hash, short: form.count <= 8 ? Self.pack(form) : 0, start: Int32(arena.count), count: Int32(form.count), numbers: numbers))
        if form.count > 8 { arena.append(contentsOf: form) }
        words.append(word)
        if words.count * 2 > slots.count {
            slots = [UInt64](repeating: 0, count: max(slots.count * 2, 1 << 12))
            for (i, entry) in entries.enumerated() { place(Int32(i), hash: entry.hash) }
        } else {
            place(id, hash: hash)
        }
        return id
    }

    private mutating func place(_ id: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot &+ 1) & mask }
        slots[slot] = (hash >> 32) << 32 | UInt64(id + 1)
    }

    /// Up to eight bytes, first byte lowest.
    @inline(__always)
    private static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value: UInt64 = 0
        for i in bytes.indices.reversed() { value = value << 8 | UInt64(bytes[i]) }
        return value
    }

    mutating func removeAll() {
        words.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
        arena.removeAll(keepingCapacity: true)
        slots = []
    }
}
