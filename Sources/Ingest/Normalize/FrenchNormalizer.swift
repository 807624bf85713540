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
        var copy = text
        return copy.withUTF8 { bytes in
            var scanner = TokenScanner()
            scanner.scan(bytes)
            return scanner.tokens
        }
    }

    /// The FNV-1a hash (``WordHash``) of each token's ``Token/folded`` form, without making the
    /// tokens: the words of a text for MinHash.
    public static func foldedWordHashes(_ text: String) -> [UInt64] {
        var copy = text
        return copy.withUTF8 { bytes in
            var scanner = TokenScanner()
            scanner.hashesOnly = true
            scanner.scan(bytes)
            return scanner.hashes
        }
    }

    /// The folded tokens joined by single spaces: the canonical form of a text or a lexicon term.
    /// Idempotent: `normalize(normalize(s)) == normalize(s)`.
    public static func normalize(_ text: String) -> String {
        tokens(text).map(\.folded).joined(separator: " ")
    }

    /// Accents folded out of an already lowercase word (a stem from the stemmer).
    public static func fold(_ word: String) -> String {
        tokens(word).map(\.folded).joined()
    }
}

/// Accumulates words while decoding UTF-8.
private struct TokenScanner {
    var tokens: [Token] = []
    /// Set to collect ``hashes`` instead of ``tokens``.
    var hashesOnly = false
    var hashes: [UInt64] = []
    private var form: [UInt8] = []
    private var folded: [UInt8] = []
    private var wordStart = -1
    private var wordEnd = 0
    private var slow = false
    private var scalarIndex = 0

    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        let cells = LatinFoldTable.cells
        var i = 0
        while i < bytes.count {
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
        if wordStart >= 0, !slow, folded.count <= 7, FrenchNormalizer.elisions.contains(String(decoding: folded, as: UTF8.self)) {
            form.removeAll(keepingCapacity: true)
            folded.removeAll(keepingCapacity: true)
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
            form.removeAll(keepingCapacity: true)
            folded.removeAll(keepingCapacity: true)
            wordStart = -1
            slow = false
        }
        if hashesOnly && !slow {
            hashes.append(WordHash.fnv1a(folded))
            return
        }
        var formString = String(decoding: form, as: UTF8.self)
        var foldedString = String(decoding: folded, as: UTF8.self)
        if slow {
            formString = formString.lowercased().precomposedStringWithCanonicalMapping
            foldedString = LatinFoldTable.stripMarks(formString)
        }
        if hashesOnly {
            hashes.append(WordHash.fnv1a(foldedString.utf8))
        } else {
            tokens.append(Token(form: formString, folded: foldedString, start: wordStart, end: wordEnd))
        }
    }
}
