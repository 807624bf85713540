import Foundation

/// A light folding for recognising fixed phrases in short strings (cue lines, month names,
/// boilerplate markers): lowercase, no accents, œ → oe, æ → ae, typographic apostrophes → ',
/// every run of white space (NBSP included) → one space, trimmed.
///
/// It is for structure and metadata detection on short strings, not the scoring normaliser.
public enum MatchFolding {
    public static func fold(_ s: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in String(s).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            switch scalar {
            case "œ": out.append(contentsOf: "oe".unicodeScalars)
            case "æ": out.append(contentsOf: "ae".unicodeScalars)
            case "\u{2019}", "\u{2018}", "\u{02BC}", "`", "\u{00B4}": out.append("'")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// The folded string with everything but letters and digits turned into single spaces.
    public static func words(_ s: some StringProtocol) -> String {
        let folded = fold(s)
        var out = ""
        var pendingSpace = false
        for ch in folded.unicodeScalars {
            if ch.properties.isAlphabetic || ("0"..."9").contains(ch) {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(ch)
            } else {
                pendingSpace = true
            }
        }
        return out
    }
}
