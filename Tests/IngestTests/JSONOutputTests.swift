import Foundation
import PropertyBased
import Testing

@testable import Ingest

/// The hand JSON writer must give `JSONEncoder`'s bytes (sorted keys, slashes unescaped): the
/// outputs and the state were written by the encoder before, and goldens hold its bytes.
struct JSONOutputTests {
    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    static func encoderBytes<T: Encodable>(_ value: T) throws -> [UInt8] { Array(try encoder.encode(value)) }

    static let pieces = [
        "a", "é", "\"", "\\", "/", "\n", "\r", "\t", "\u{08}", "\u{0C}", "\u{01}", "\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}",
        "\u{FEFF}", "🙂", "e\u{301}", " ", "’", "<", ">", "&", "\u{00A0}", "\u{0}",
    ]
    static let strings = Gen.int(in: 0..<pieces.count).map { pieces[$0] }.array(of: 0...12).map { $0.joined() }

    @Test func stringsAreEscapedAsTheEncoderDoes() async throws {
        await propertyCheck(count: 400, input: Self.strings) { s in
            var out = JSONOutput()
            out.string(s)
            #expect(out.bytes == (try? Self.encoderBytes(s)), "\(s.debugDescription)")
        }
    }

    /// Long clean runs, where the writer skips eight bytes at a time, with a rare escape.
    static let longStrings = Gen.int(in: 0..<(pieces.count + 8)).map { $0 < pieces.count ? pieces[$0] : "abcdéfgh" }.array(of: 0...40).map { $0.joined() }

    @Test func longStringsAreEscapedAsTheEncoderDoes() async throws {
        await propertyCheck(count: 400, input: Self.longStrings) { s in
            var out = JSONOutput()
            out.string(s)
            #expect(out.bytes == (try? Self.encoderBytes(s)), "\(s.debugDescription)")
        }
    }

    /// The word test says yes exactly when a byte of the word is a control byte, `"` or `\`.
    @Test func wordTestAsTheByteTest() async {
        let bytes = Gen.int(in: 0..<12).map { [0x00, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xFF][$0] as UInt8 }
        await propertyCheck(count: 3000, input: bytes.array(of: 8...8)) { word in
            let packed = word.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            let expected = word.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
            #expect(JSONOutput.needsEscape(packed) == expected, "\(word)")
        }
    }

    @Test(arguments: [0, 1, -1, 7, 42, -99_999, Int.max, Int.min])
    func integersMatch(_ v: Int) throws {
        var out = JSONOutput()
        out.int(v)
        #expect(out.bytes == (try Self.encoderBytes(v)))
    }

    @Test(arguments: [0.0, -0.0, 1, 2.5, 0.1, 0.30000000000000004, 1.0 / 3, 1234.5678, 1e-7, 1e15, 1e16, 123_456_789_012.5, -3.25, 1e300])
    func doublesMatch(_ v: Double) throws {
        var out = JSONOutput()
        out.double(v)
        #expect(String(decoding: out.bytes, as: UTF8.self) == String(decoding: try Self.encoderBytes(v), as: UTF8.self))
    }

    static func document(_ a: String, _ b: String, _ n: Int) -> Document {
        let passages: [Passage] = (0..<n).map { i in
            Passage(id: "doc-\(n)-p\(i)", section: Array(repeating: b, count: i), role: PassageRole.allCases[i], text: a, start: i, end: i + 1)
        }
        let kind: DocumentKind = n % 2 == 0 ? .html : .text
        let title: String? = n == 0 ? nil : a
        let date: String? = n == 1 ? nil : "2020-06-1\(n)"
        let organisation: String? = n == 2 ? nil : "ARS " + b
        let region: String? = n == 3 ? nil : b
        let url: String? = n % 2 == 1 ? nil : "https://exemple.fr/" + b
        return Document(
            id: "doc-\(n)", path: "dossier/" + a + ".html", sha256: String(repeating: "ab", count: 32), kind: kind,
            encoding: "utf-8", encodingSource: "meta", title: title, date: date, organisation: organisation, region: region,
            url: url, text: a + "\n\n" + b, passages: passages)
    }

    @Test func documentsMatch() async throws {
        let documents = PropertyBased.zip(Self.strings, Self.strings, Gen.int(in: 0...3)).map { (a: String, b: String, n: Int) -> Document in
            Self.document(a, b, n)
        }
        await propertyCheck(count: 200, input: documents) { (document: Document) in
            #expect(document.jsonBytes == (try? Self.encoderBytes(document)))
        }
    }

    /// A document's warnings are stored as one JSON array.
    @Test func warningArraysMatch() async throws {
        let warnings = PropertyBased.zip(Self.strings, Self.strings).map { IngestWarning(code: $0, message: $1) }.array(of: 0...3)
        await propertyCheck(count: 200, input: warnings) { (warnings: [IngestWarning]) in
            var out = JSONOutput()
            out.array(warnings)
            #expect(out.bytes == (try? Self.encoderBytes(warnings)))
        }
    }
}
