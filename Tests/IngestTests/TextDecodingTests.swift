import Testing

@testable import Ingest

struct TextDecodingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var html: Bool
        var text: String
        var encoding: String
        var source: String
        var warns = false
        var testDescription: String { name }
    }

    static func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }
    static let cp1252Body: [UInt8] = bytes("<p>L") + [0x92] + bytes("EHPAD, l") + [0x9C] + bytes("uvre, 5 ") + [0x80] + bytes("</p>")
    static let cp1252Text = "<p>L’EHPAD, lœuvre, 5 €</p>"

    static let cases: [Case] = [
        Case(name: "UTF-8 BOM", bytes: [0xEF, 0xBB, 0xBF] + bytes("Télémédecine"), html: false,
             text: "Télémédecine", encoding: "utf-8", source: "bom"),
        Case(name: "UTF-16LE BOM", bytes: [0xFF, 0xFE, 0x54, 0x00, 0xE9, 0x00], html: false,
             text: "Té", encoding: "utf-16le", source: "bom"),
        Case(name: "UTF-16BE BOM", bytes: [0xFE, 0xFF, 0x00, 0x54, 0x01, 0x53], html: false,
             text: "Tœ", encoding: "utf-16be", source: "bom"),
        Case(name: "UTF-8 BOM beats a windows-1252 meta", bytes: [0xEF, 0xBB, 0xBF] + bytes("<meta charset=\"windows-1252\"><p>é</p>"),
             html: true, text: "<meta charset=\"windows-1252\"><p>é</p>", encoding: "utf-8", source: "bom"),
        Case(name: "meta windows-1252", bytes: bytes("<meta charset=\"windows-1252\">") + cp1252Body, html: true,
             text: "<meta charset=\"windows-1252\">" + cp1252Text, encoding: "windows-1252", source: "meta"),
        Case(name: "meta iso-8859-1 read as windows-1252", bytes: bytes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">") + cp1252Body,
             html: true, text: "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">" + cp1252Text,
             encoding: "windows-1252", source: "meta"),
        Case(name: "meta iso-8859-15", bytes: bytes("<meta charset=iso-8859-15><p>") + [0xBD, 0xA4] + bytes("</p>"), html: true,
             text: "<meta charset=iso-8859-15><p>œ€</p>", encoding: "iso-8859-15", source: "meta"),
        Case(name: "valid UTF-8 without meta", bytes: bytes("<p>Cœur ’ €</p>"), html: true,
             text: "<p>Cœur ’ €</p>", encoding: "utf-8", source: "utf-8-valid"),
        Case(name: "windows-1252 fallback", bytes: cp1252Body, html: true, text: cp1252Text,
             encoding: "windows-1252", source: "fallback"),
        Case(name: "text ignores meta-like content", bytes: bytes("<meta charset=windows-1252> é"), html: false,
             text: "<meta charset=windows-1252> é", encoding: "utf-8", source: "utf-8-valid"),
        Case(name: "meta utf-8 but invalid bytes", bytes: bytes("<meta charset=utf-8>") + cp1252Body, html: true,
             text: "<meta charset=utf-8>" + cp1252Text, encoding: "windows-1252", source: "fallback", warns: true),
        Case(name: "meta latin1 but valid multi-byte UTF-8", bytes: bytes("<meta charset=latin1><p>été</p>"), html: true,
             text: "<meta charset=latin1><p>été</p>", encoding: "utf-8", source: "utf-8-valid", warns: true),
        Case(name: "meta after 1024 bytes is not read", bytes: bytes(String(repeating: " ", count: 1100) + "<meta charset=windows-1252>") + [0xE9],
             html: true, text: String(repeating: " ", count: 1100) + "<meta charset=windows-1252>é", encoding: "windows-1252", source: "fallback"),
    ]

    @Test(arguments: cases)
    func detectsAndDecodes(_ c: Case) {
        let decoded = TextDecoding.decode(c.bytes, lookForMetaCharset: c.html)
        #expect(decoded.text == c.text)
        #expect(decoded.encoding == c.encoding)
        #expect(decoded.source == c.source)
        #expect(decoded.warnings.isEmpty == !c.warns)
    }

    @Test func windows1252MapsEveryHighByte() {
        let text = SingleByteCharset.windows1252.decode(Array(0x80...0xFF).map(UInt8.init))
        #expect(text.unicodeScalars.count == 128)
        #expect(text.hasPrefix("€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ"))
        #expect(text.contains("œ") && text.contains("Ÿ") && text.contains("’"))
        #expect(text.hasSuffix("ÿ"))
    }

    /// The libxml2 trap: a meta charset must not override the encoding we detected.
    @Test func libxml2DoesNotReDecodeAfterUs() throws {
        let page = [0xEF, 0xBB, 0xBF] + Self.bytes("<html><head><meta charset=\"windows-1252\"></head><body><p>Télémédecine et œuvre</p></body></html>")
        let doc = try ingestBytes(page, path: "page.html")
        #expect(doc.passages.map(\.text) == ["Télémédecine et œuvre"])
        let cp = Self.bytes("<html><head><meta charset=\"windows-1252\"></head><body>") + Self.cp1252Body + Self.bytes("</body></html>")
        #expect(try ingestBytes(cp, path: "page.html").passages.map(\.text) == ["L’EHPAD, lœuvre, 5 €"])
    }
}
