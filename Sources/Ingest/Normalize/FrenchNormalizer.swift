import Foundation

/// The one French normaliser, applied identically to passages and to lexicon entries (as Lucene's
/// French analyser applies one chain to documents and queries).
///
/// Chain: windows-1252 remap of U+0080-U+009F → apostrophe variants (’ ‘ ʼ ` ´) → elisions
/// stripped (l' d' j' m' n' s' t' c' qu' jusqu' lorsqu' puisqu' quoiqu' presqu' quelqu') → œ → oe,
/// æ → ae → NBSP, narrow NBSP, hyphens and punctuation split words → lowercase → NFC (``Token/form``)
/// → accents folded (``Token/folded``). Soft hyphens vanish inside words.
///
/// The hot path reads UTF-8 bytes and a precomputed table for U+0000-U+024F; only words holding
/// other scripts or combining marks go through Foundation.
///
/// - Complexity: O(n) in the UTF-8 length of the text.
public enum FrenchNormalizer {
    /// Elided words, without their apostrophe (folded).
    public static let elisions: Set<String> = [
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu",
    ]

    /// The tokens of `text`, offsets in Unicode scalars of `text`.
    public static func tokens(_ text: String) -> [Token] {
        var sink = TokenSink()
        forEachWord(text, into: &sink)
        return sink.tokens
    }

    /// The FNV-1a hash (``WordHash``) of each token's ``Token/folded`` form, without making the
    /// tokens: the words of a text for MinHash.
    public static func foldedWordHashes(_ text: String) -> [UInt64] {
        var sink = FoldedHashSink()
        forEachWord(text, into: &sink)
        return sink.hashes
    }

    /// Calls `body` with each word of `text` as UTF-8 bytes, in order, without making strings: the
    /// tokens of ``tokens(_:)`` (form, folded form, start, end), for callers that look words up by
    /// their bytes. The buffers are valid during the call only.
    public static func forEachWord(
        _ text: String,
        _ body: (_ form: UnsafeBufferPointer<UInt8>, _ folded: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Void
    ) {
        withoutActuallyEscaping(body) { body in
            var sink = ClosureSink(body: body)
            forEachWord(text, into: &sink)
        }
    }

    static func forEachWord<Sink: WordSink>(_ text: String, into sink: inout Sink) {
        var copy = text
        copy.withUTF8 { bytes in
            var scanner = TokenScanner(sink: sink)
            defer { scanner.deallocate() }
            scanner.scan(bytes)
            sink = scanner.sink
        }
    }

    /// The folded tokens joined by single spaces: the canonical form of a text or a lexicon term.
    /// Idempotent: `normalize(normalize(s)) == normalize(s)`.
    public static func normalize(_ text: String) -> String {
        tokens(text).map(\.folded).joined(separator: " ")
    }

    /// Accents folded out of an already lowercase word (a stem from the stemmer).
    public static func fold(_ word: String) -> String {
        var folded: [UInt8] = []
        forEachWord(word) { _, f, _, _ in folded.append(contentsOf: f) }
        return String(decoding: folded, as: UTF8.self)
    }
}

/// Receives the words of a text from the scanner.
protocol WordSink {
    /// One word: its ``Token/form`` and ``Token/folded`` bytes (valid during the call only) and
    /// its Unicode-scalar offsets in the text.
    mutating func word(form: UnsafeBufferPointer<UInt8>, folded: UnsafeBufferPointer<UInt8>, start: Int, end: Int)
}

/// Hands the words to a closure.
private struct ClosureSink: WordSink {
    let body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>, Int, Int) -> Void

    func word(form: UnsafeBufferPointer<UInt8>, folded: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
        body(form, folded, start, end)
    }
}

/// Makes ``Token`` values.
struct TokenSink: WordSink {
    var tokens: [Token] = []

    mutating func word(form: UnsafeBufferPointer<UInt8>, folded: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
        tokens.append(Token(form: String(decoding: form, as: UTF8.self), folded: String(decoding: folded, as: UTF8.self), start: start, end: end))
    }
}

/// Hashes the folded forms.
struct FoldedHashSink: WordSink {
    var hashes: [UInt64] = []

    mutating func word(form: UnsafeBufferPointer<UInt8>, folded: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
        hashes.append(WordHash.fnv1a(folded))
    }
}

/// Accumulates words while decoding UTF-8.
private struct TokenScanner<Sink: WordSink> {
    var sink: Sink
    private var form = ScratchBytes(capacity: 64)
    private var folded = ScratchBytes(capacity: 64)
    private var wordStart = -1
    private var wordEnd = 0
    private var slow = false
    private var scalarIndex = 0

    init(sink: Sink) { self.sink = sink }

    func deallocate() {
        form.deallocate()
        folded.deallocate()
    }

    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        let cells = LatinFoldTable.cells
        var i = 0
        while i < bytes.count {
            // A run of ASCII lowercase letters and digits (most of French text): each is a letter
            // that is its own form and folded form (a test checks the table says so), so the run
            // is copied whole.
            if Self.isPlainASCII(bytes[i]) {
                var end = i + 1
                while end < bytes.count, Self.isPlainASCII(bytes[end]) { end += 1 }
                startWordIfNeeded()
                let run = UnsafeBufferPointer(rebasing: bytes[i..<end])
                form.append(contentsOf: run)
                folded.append(contentsOf: run)
                scalarIndex += end - i
                wordEnd = scalarIndex
                i = end
                continue
            }
            let (value, length) = decodeScalar(bytes, at: i)
            let remapped = LatinFoldTable.remapC1(value)
            if remapped < LatinFoldTable.bound {
                consume(remapped, cells[Int(remapped)])
            } else {
                consumeSlow(remapped)
            }
            i += length
            scalarIndex += 1
        }
        endWord()
    }

    /// `a`-`z` and `0`-`9`.
    @inline(__always)
    static func isPlainASCII(_ b: UInt8) -> Bool { b &- 0x61 < 26 || b &- 0x30 < 10 }

    @inline(__always)
    private mutating func consume(_ value: UInt32, _ cell: FoldCell) {
        switch cell.kind {
        case .letter:
            if cell.isMark {  // a combining mark: keep it for the slow path
                guard wordStart >= 0 else { return }
                slow = true
                appendScalar(value)
            } else {
                startWordIfNeeded()
                form.append(packed: cell.form, count: cell.formCount)
                folded.append(packed: cell.folded, count: cell.foldedCount)
            }
            wordEnd = scalarIndex + 1
        case .apostrophe:
            apostrophe()
        case .ignorable:
            if wordStart >= 0 { wordEnd = scalarIndex + 1 }
        case .separator:
            endWord()
        }
    }

    /// Scalars above the table: letters go through Foundation when the word ends.
    private mutating func consumeSlow(_ value: UInt32) {
        let entry = LatinFoldTable.slowProperties(of: value).entry
        switch entry.kind {
        case .letter:
            if entry.folded.isEmpty && wordStart < 0 { return }
            startWordIfNeeded()
            slow = true
            appendScalar(value)
            wordEnd = scalarIndex + 1
        case .apostrophe: apostrophe()
        case .ignorable: if wordStart >= 0 { wordEnd = scalarIndex + 1 }
        case .separator: endWord()
        }
    }

    private mutating func startWordIfNeeded() {
        if wordStart < 0 { wordStart = scalarIndex }
    }

    private mutating func appendScalar(_ value: UInt32) {
        form.append(contentsOf: Array(String(Unicode.Scalar(value)!).utf8))
    }

    /// An apostrophe right after an elided word drops that word; any other apostrophe ends a word.
    private mutating func apostrophe() {
        if wordStart >= 0, !slow, folded.count <= 7, FrenchNormalizer.elisions.contains(String(decoding: folded.buffer, as: UTF8.self)) {
            form.removeAll()
            folded.removeAll()
            wordStart = -1
            return
        }
        endWord()
    }

    @inline(__always)
    private mutating func endWord() {
        // No word open (between words): nothing was gathered, nothing to clear.
        if wordStart >= 0 { emitWord() }
    }

    @inline(never)
    private mutating func emitWord() {
        defer {
            form.removeAll()
            folded.removeAll()
            wordStart = -1
            slow = false
        }
        if !slow {
            sink.word(form: form.buffer, folded: folded.buffer, start: wordStart, end: wordEnd)
            return
        }
        var formString = String(decoding: form.buffer, as: UTF8.self).lowercased().precomposedStringWithCanonicalMapping
        var foldedString = LatinFoldTable.stripMarks(formString)
        formString.withUTF8 { f in
            foldedString.withUTF8 { sink.word(form: f, folded: $0, start: wordStart, end: wordEnd) }
        }
    }
}
