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
        /// Inside a word but invisible: soft hyphen, zero-width joiner.
        case ignorable
    }

    var kind: Kind
    /// Lowercase form, UTF-8 (accents kept; œ → oe).
    var form: [UInt8]
    /// Lowercase form without accents, UTF-8.
    var folded: [UInt8]
}

enum LatinFoldTable {
    /// Scalars below this bound are looked up; others take the slow path.
    static let bound: UInt32 = 0x250

    static let entries: [FoldEntry] = (0..<bound).map { entry(for: Unicode.Scalar($0)!) }

    /// windows-1252's view of U+0080-U+009F, for text whose C1 controls are mis-decoded
    /// windows-1252 bytes.
    static func remapC1(_ value: UInt32) -> UInt32 {
        guard (0x80...0x9F).contains(value) else { return value }
        return SingleByteCharset.windows1252.scalar(for: UInt8(value)).value
    }

    static let apostrophes: Set<UInt32> = [0x27, 0x2019, 0x2018, 0x02BC, 0x60, 0xB4]

    static func entry(for scalar: Unicode.Scalar) -> FoldEntry {
        let value = scalar.value
        if apostrophes.contains(value) { return FoldEntry(kind: .apostrophe, form: [], folded: []) }
        if value == 0xAD || value == 0x200D || value == 0x200C { return FoldEntry(kind: .ignorable, form: [], folded: []) }
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
