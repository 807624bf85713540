import Foundation

/// How one scalar behaves in French normalisation, precomputed for U+0000-U+024F so that the hot
/// loop never calls Foundation.
struct FoldEntry: Sendable {
    enum Kind: UInt8, Sendable {
        /// Ends a word: white space, punctuation, hyphens, symbols.
        case separator
        /// Part of a word.
        case letter
        /// An apostrophe in any of its forms (' ’ ‘ ʼ ` ´).
        case apostrophe
        /// Inside a word but invisible: soft hyphen, zero-width characters (``invisibleInWords``).
        case ignorable
    }

    var kind: Kind
    /// Lowercase form, UTF-8 (accents kept; œ → oe).
    var form: [UInt8]
    /// Lowercase form without accents, UTF-8.
    var folded: [UInt8]
}

/// A ``FoldEntry`` of the table's range packed without references (its bytes in integers), so
/// that reading one in a hot loop costs a load, not a retain and a release of two arrays. Scalars
/// above the table (Hangul decomposes to 9 bytes) keep their ``FoldEntry``.
struct FoldCell: Sendable {
    var kind: FoldEntry.Kind
    /// Unicode's Alphabetic property of the scalar itself.
    var isAlphabetic: Bool
    /// A letter that folds to nothing: a combining mark.
    var isMark: Bool
    var formCount: UInt8
    var foldedCount: UInt8
    /// The form's UTF-8 bytes, first byte lowest.
    var form: UInt64
    /// The folded form's UTF-8 bytes, first byte lowest.
    var folded: UInt64

    init(_ entry: FoldEntry, isAlphabetic: Bool) {
        precondition(entry.form.count <= 8 && entry.folded.count <= 8, "table fold forms longer than 8 bytes")
        kind = entry.kind
        self.isAlphabetic = isAlphabetic
        isMark = entry.kind == .letter && entry.folded.isEmpty
        formCount = UInt8(entry.form.count)
        foldedCount = UInt8(entry.folded.count)
        form = Self.pack(entry.form)
        folded = Self.pack(entry.folded)
    }

    private static func pack(_ bytes: [UInt8]) -> UInt64 {
        bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
    }
}

extension Array where Element == UInt8 {
    /// Appends the `count` low bytes of `packed`, lowest first.
    @inline(__always)
    mutating func append(packed: UInt64, count: UInt8) {
        var value = packed
        for _ in 0..<count {
            append(UInt8(truncatingIfNeeded: value))
            value >>= 8
        }
    }
}

enum LatinFoldTable {
    /// Scalars below this bound are looked up; others take the slow path.
    static let bound: UInt32 = 0x250

    static let entries: [FoldEntry] = (0..<bound).map { entry(for: Unicode.Scalar($0)!) }

    /// ``entries`` packed, in memory that lives as long as the process.
    nonisolated(unsafe) static let cells: UnsafeBufferPointer<FoldCell> = {
        let buffer = UnsafeMutableBufferPointer<FoldCell>.allocate(capacity: Int(bound))
        for (i, entry) in entries.enumerated() {
            buffer[i] = FoldCell(entry, isAlphabetic: Unicode.Scalar(UInt32(i))!.properties.isAlphabetic)
        }
        return UnsafeBufferPointer(buffer)
    }()

    /// What the slow path needs to know of a scalar at or above ``bound``.
    static func slowProperties(of value: UInt32) -> (entry: FoldEntry, isAlphabetic: Bool) {
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        return (entry(for: scalar), scalar.properties.isAlphabetic)
    }

    /// windows-1252's view of U+0080-U+009F, for text whose C1 controls are mis-decoded
    /// windows-1252 bytes.
    static func remapC1(_ value: UInt32) -> UInt32 {
        guard (0x80...0x9F).contains(value) else { return value }
        return Windows1252.scalar(for: UInt8(value)).value
    }

    static let apostrophes: Set<UInt32> = [0x27, 0x2019, 0x2018, 0x02BC, 0x60, 0xB4]

    /// Invisible characters that pasted or generated text leaves inside words: soft hyphen,
    /// zero-width space, non-joiner and joiner, word joiner, and a byte-order mark out of place.
    /// A word keeps matching across them (`télé\u{200B}médecine` is `télémédecine`).
    static let invisibleInWords: Set<UInt32> = [0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF]

    static func entry(for scalar: Unicode.Scalar) -> FoldEntry {
        let value = scalar.value
        if apostrophes.contains(value) { return FoldEntry(kind: .apostrophe, form: [], folded: []) }
        if Self.invisibleInWords.contains(value) { return FoldEntry(kind: .ignorable, form: [], folded: []) }
        let properties = scalar.properties
        guard properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark else {
            return FoldEntry(kind: .separator, form: [], folded: [])
        }
        let form: String
        switch value {
        case 0x153, 0x152: form = "oe"
        case 0xE6, 0xC6: form = "ae"
        case 0xDF: form = "ss"
        default: form = String(scalar).lowercased()
        }
        return FoldEntry(kind: .letter, form: Array(form.utf8), folded: Array(stripMarks(form).utf8))
    }

    /// The string without combining marks, after canonical decomposition, with the letters that
    /// have no decomposition (ø, đ, ł, ı) mapped by hand and ligatures (æ, œ, ß) spelt out, so that
    /// folding a folded string changes nothing.
    static func stripMarks(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.decomposedStringWithCanonicalMapping.unicodeScalars where u.properties.generalCategory != .nonspacingMark {
            switch u {
            case "ø": out.append("o")
            case "đ": out.append("d")
            case "ł": out.append("l")
            case "ı": out.append("i")
            case "æ": out.append(contentsOf: "ae".unicodeScalars)
            case "œ": out.append(contentsOf: "oe".unicodeScalars)
            case "ß": out.append(contentsOf: "ss".unicodeScalars)
            default: out.append(u)
            }
        }
        return String(out)
    }
}

/// Decodes one scalar from UTF-8 bytes: its value and how many bytes it took. Malformed or cut
/// sequences give U+FFFD (Swift strings hold valid UTF-8; this only guards the end of a buffer).
@inline(__always)
func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
    let n = bytes.count
    let b0 = bytes[i]
    if b0 < 0x80 { return (UInt32(b0), 1) }
    if b0 < 0xE0, i + 1 < n { return (UInt32(b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
    if b0 < 0xF0, i + 2 < n {
        return (UInt32(b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
    }
    if i + 3 < n {
        return (
            UInt32(b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                | UInt32(bytes[i + 3] & 0x3F), 4
        )
    }
    return (0xFFFD, n - i)
}
