import PropertyBased
import Testing

@testable import Ingest

/// The ASCII-word-at-a-time validator must accept exactly what the standard library accepts, and
/// an HTML page must reach libxml2 as the same bytes whether or not it was copied into a String.
struct UTF8ValidationTests {
    /// Mostly ASCII, with lead bytes of every kind, continuation bytes of every range (overlong,
    /// surrogate and beyond-U+10FFFF forms included) and truncated sequences, at every offset
    /// around the eight-byte steps.
    static let bytes = Gen.int(in: 0..<40).map { n -> UInt8 in
        let special: [UInt8] = [0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF]
        return n < special.count ? special[n] : UInt8(0x20 + n)
    }.array(of: 0...40)

    @Test func acceptsExactlyWhatTheStandardLibraryAccepts() async {
        await propertyCheck(count: 5000, input: Self.bytes) { bytes in
            let ours = bytes.withUnsafeBufferPointer(UTF8Validation.isValid)
            #expect(ours == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes.map { String($0, radix: 16) })")
        }
    }

    /// Well-formed pieces (the edges of each lead byte's ranges among them) with now and then one
    /// ill-formed one, so that about one text in three hinges on a single sequence.
    static let valid: [[UInt8]] = [
        Array("abc".utf8), Array("santé des soignants".utf8), [0x20], [0xC3, 0xA9], [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0xA0, 0x80],
        [0xE2, 0x82, 0xAC], [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80],
        [0xF0, 0x9F, 0x99, 0x82], [0xF3, 0xBF, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF],
    ]
    static let invalid: [[UInt8]] = [
        [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
        [0xF0, 0x80, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0x80],
        [0xBF], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x99], [0xFF], [0xC3, 0x41], [0xE2, 0x28, 0xA1],
    ]
    static let pieces = Gen.int(in: 0..<(valid.count * 12 + invalid.count)).map { n in
        n < valid.count * 12 ? valid[n % valid.count] : invalid[n - valid.count * 12]
    }.array(of: 0...14).map { $0.flatMap { $0 } }

    @Test func eachIllFormedSequenceIsCaught() async {
        await propertyCheck(count: 5000, input: Self.pieces) { bytes in
            let ours = bytes.withUnsafeBufferPointer(UTF8Validation.isValid)
            #expect(ours == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes.map { String($0, radix: 16) })")
        }
    }

    @Test func wellFormedTextOfEveryLength() {
        let samples = ["", "a", "é", "€", "🙂", "L’EHPAD a été créé en 2020 — santé 🙂 œuvre", String(repeating: "abcdefg", count: 5) + "é"]
        for s in samples {
            for cut in 0...s.utf8.count {
                let bytes = Array(s.utf8.prefix(cut))
                #expect(bytes.withUnsafeBufferPointer(UTF8Validation.isValid) == (String(validating: bytes, as: UTF8.self) != nil), "\(s) cut at \(cut)")
            }
        }
    }

    /// The bytes libxml2 reads equal the decoded text's UTF-8, for every encoding choice.
    @Test func pageBytesAreTheDecodedText() async {
        await propertyCheck(count: 2000, input: Self.bytes) { bytes in
            for prefix in [[], [0xEF, 0xBB, 0xBF], Array("<meta charset=\"windows-1252\">".utf8), Array("<meta charset=\"utf-8\">".utf8)] as [[UInt8]] {
                let page = prefix + bytes
                let choice = TextDecoding.choose(page, lookForMetaCharset: true)
                #expect(choice.utf8(of: page).0 == Array(TextDecoding.decode(page, lookForMetaCharset: true).text.utf8))
            }
        }
    }
}
