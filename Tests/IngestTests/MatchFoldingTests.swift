import Foundation
import PropertyBased
import Testing

@testable import Ingest

/// MatchFolding works on UTF-8 bytes with a packed table; these check it against a plain
/// scalar-by-scalar reference built on the same per-scalar rules, over text that leaves the table
/// (Hangul decomposes to 9 bytes, astral letters, combining marks, odd spaces).
struct MatchFoldingTests {
    static func referenceFold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in s.unicodeScalars {
            if scalar.properties.isWhitespace || ["\t", "\n", "\u{0B}", "\u{0C}", "\r", "\u{85}"].contains(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            let entry = LatinFoldTable.entry(for: scalar)
            switch entry.kind {
            case .letter: out.append(contentsOf: String(decoding: entry.folded, as: UTF8.self).unicodeScalars)
            case .apostrophe: out.append("'")
            case .ignorable: break
            case .separator: out.append(scalar)
            }
        }
        return String(out)
    }

    static func referenceWords(_ folded: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for u in folded.unicodeScalars {
            if u.isASCII ? (("a"..."z").contains(u) || ("0"..."9").contains(u)) : u.properties.isAlphabetic {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(u)
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

    static let pieces = [
        "읽기", "한국어", "Ǆ", "ǆ", "İ", "ß", "Œuvre", "ÆSOP", "e\u{301}", "\u{301}", "𝔸", "🙂", "Ωμέγα", "Привет",
        " ", "\u{00A0}", "\u{2009}", "\u{3000}", "\t", "\n", "’", "'", "-", "«", "»", "²", "½", "ﬃ", "\u{AD}", "\u{200D}",
        "Santé", "L’EHPAD", "ARS", "1-2", "\u{0092}", "ǣ", "ẞ",
    ]
    static let texts = Gen.int(in: 0..<pieces.count).map { pieces[$0] }.array(of: 0...16).map { $0.joined() }

    /// The white-space test answers below U+1680 without Unicode's tables: it must agree with
    /// them on every scalar, there and above.
    @Test func whitespaceAsTheUnicodeProperty() {
        for value in UInt32(0)...0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(MatchFolding.isWhitespace(value) == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }

    @Test func foldMatchesTheReference() async {
        await propertyCheck(count: 500, input: Self.texts) { text in
            #expect(MatchFolding.fold(text) == Self.referenceFold(text), "\(text.debugDescription)")
            #expect(MatchFolding.words(text) == Self.referenceWords(Self.referenceFold(text)), "\(text.debugDescription)")
        }
    }

    /// Word hashes in one pass equal those of the folded words split on spaces, with their length.
    /// ASCII control bytes and NUL, "ŉ" (one letter folding to two), mixed case and digits too.
    @Test func onePassWordHashesAsFoldThenWords() async {
        let extra = Gen.int(in: 0..<8).map { ["\u{1}", "\u{7F}", "ŉ", "Z9", "a", ".", "x\u{0}y", "DÉJÀ"][$0] }
        await propertyCheck(count: 800, input: Self.texts, extra) { text, more in
            let text = text + more + String(text.reversed())
            let words = MatchFolding.words(text)
            let fused = Array(text.utf8).withUnsafeBufferPointer { FoldedWordHashes.of($0) }
            #expect(fused.hashes == WordIndex.hashes(ofFolded: words), "\(text.debugDescription)")
            #expect(fused.byteCount == words.utf8.count, "\(text.debugDescription)")
        }
    }

    /// Passage offsets count Unicode scalars from the UTF-8 bytes, eight at a time.
    @Test func scalarCountAsTheStandardLibrary() async {
        await propertyCheck(count: 800, input: Self.texts) { text in
            for s in [text, text + text + "abcdefgh", String(text.dropFirst())] {
                #expect(s.scalarCount == s.unicodeScalars.count, "\(s.debugDescription)")
            }
        }
    }

    @Test func hangulLeavesTheTableWithoutTrapping() {
        #expect(MatchFolding.fold("읽기 Santé") == "읽기".decomposedStringWithCanonicalMapping + " sante")
        #expect(FrenchNormalizer.tokens("읽기 santé").map(\.folded) == ["읽기".decomposedStringWithCanonicalMapping, "sante"])
        #expect(WordIndex(wordsOf: "읽기 santé").count("sante") == 1)
    }
}
