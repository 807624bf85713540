/// A light folding for recognising fixed phrases in short strings (cue lines, month names,
/// boilerplate markers, place names): lowercase, no accents, œ → oe, æ → ae, typographic
/// apostrophes → ', every run of white space (NBSP included) → one space, trimmed; punctuation and
/// digits kept.
///
/// It reads the normaliser's precomputed table (``LatinFoldTable``), so it costs a table lookup a
/// character for Latin text.
public enum MatchFolding {
    public static func fold(_ s: some StringProtocol) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if isWhitespace(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            let entry = v < LatinFoldTable.bound ? LatinFoldTable.entries[Int(v)] : LatinFoldTable.entry(for: scalar)
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            switch entry.kind {
            case .letter: out.append(contentsOf: entry.folded)
            case .apostrophe: out.append(UInt8(ascii: "'"))
            case .ignorable: break
            case .separator: out.append(contentsOf: Array(String(scalar).utf8))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The folded string with everything but letters and digits turned into single spaces.
    public static func words(_ s: some StringProtocol) -> String {
        words(folded: fold(s))
    }

    /// ``words(_:)`` of a string already folded.
    static func words(folded: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for u in folded.unicodeScalars {
            let keep = u.isASCII ? (("a"..."z").contains(u) || ("0"..."9").contains(u)) : u.properties.isAlphabetic
            if keep {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(u)
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

    private static func isWhitespace(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x85: return true
        case 0..<0x80: return false
        default: return u.properties.isWhitespace
        }
    }
}
