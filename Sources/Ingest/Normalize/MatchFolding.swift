/// A light folding for recognising fixed phrases in short strings (cue lines, month names,
/// boilerplate markers, place names): lowercase, no accents, œ → oe, æ → ae, typographic
/// apostrophes → ', every run of white space (NBSP included) → one space, trimmed; punctuation and
/// digits kept.
///
/// It works on UTF-8 bytes with the normaliser's packed table (``LatinFoldTable``): a table load
/// a character for Latin text, and one `String` made at the end.
public enum MatchFolding {
    public static func fold(_ s: some StringProtocol) -> String {
        string(withUTF8Of: s) { foldBytes($0) }
    }

    /// The folded string with everything but letters and digits turned into single spaces.
    public static func words(_ s: some StringProtocol) -> String {
        string(withUTF8Of: s) { bytes in
            let folded = foldBytes(bytes)
            return folded.withUnsafeBufferPointer { wordBytes($0) }
        }
    }

    /// Runs `body` on the UTF-8 bytes of `s` (copied only when they are not contiguous) and makes a
    /// string of its result.
    @inline(__always)
    private static func string(withUTF8Of s: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> [UInt8]) -> String {
        let bytes = s.utf8.withContiguousStorageIfAvailable(body) ?? Array(s.utf8).withUnsafeBufferPointer(body)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func foldBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let cells = LatinFoldTable.cells
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var i = 0
        while i < bytes.count {
            let (v, length) = decodeScalar(bytes, at: i)
            defer { i += length }
            if isWhitespace(v) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            let kind: FoldEntry.Kind
            if v < LatinFoldTable.bound {
                let cell = cells[Int(v)]
                kind = cell.kind
                if kind == .letter { out.append(packed: cell.folded, count: cell.foldedCount) }
            } else {
                let entry = LatinFoldTable.slowProperties(of: v).entry
                kind = entry.kind
                if kind == .letter { out.append(contentsOf: entry.folded) }
            }
            switch kind {
            case .letter, .ignorable: break
            case .apostrophe: out.append(UInt8(ascii: "'"))
            case .separator: for k in i..<(i + length) { out.append(bytes[k]) }
            }
        }
        return out
    }

    /// Keeps ASCII lowercase letters, digits and non-ASCII alphabetic scalars; every other run
    /// becomes one space, none at the ends.
    static func wordBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let keep: Bool
            var length = 1
            if b < 0x80 {
                keep = keepsInWord(ascii: b)
            } else {
                let (v, n) = decodeScalar(bytes, at: i)
                length = n
                keep = keepsInWord(scalar: v)
            }
            if keep {
                if pendingSpace && !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                for k in i..<(i + length) { out.append(bytes[k]) }
            } else {
                pendingSpace = true
            }
            i += length
        }
        return out
    }

    /// Whether ``wordBytes(_:)`` keeps an ASCII byte of folded text: a lowercase letter or a digit.
    @inline(__always)
    static func keepsInWord(ascii b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) }

    /// Whether ``wordBytes(_:)`` keeps a non-ASCII scalar: an alphabetic one.
    @inline(__always)
    static func keepsInWord(scalar v: UInt32) -> Bool {
        v < LatinFoldTable.bound ? LatinFoldTable.cells[Int(v)].isAlphabetic : LatinFoldTable.slowProperties(of: v).isAlphabetic
    }

    /// Unicode's White_Space property. Below U+1680 it holds for the ASCII spaces, U+0085 and
    /// U+00A0 only (a test checks every scalar there), so Latin text never reaches the property
    /// tables.
    @inline(__always)
    static func isWhitespace(_ v: UInt32) -> Bool {
        switch v {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x85: return true
        case 0..<0x1680: return false
        default: return Unicode.Scalar(v)?.properties.isWhitespace ?? false
        }
    }
}
