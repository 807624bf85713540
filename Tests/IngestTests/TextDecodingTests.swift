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
        Case(name: "UTF-32LE BOM", bytes: [0xFF, 0xFE, 0x00, 0x00, 0x54, 0x00, 0x00, 0x00, 0xE9, 0x00, 0x00, 0x00], html: false,
             text: "Té", encoding: "utf-32le", source: "bom"),
        Case(name: "UTF-32BE BOM", bytes: [0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x54, 0x00, 0x01, 0xF6, 0x00], html: false,
             text: "T😀", encoding: "utf-32be", source: "bom"),
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
        Case(name: "undeclared windows-1252, detected", bytes: cp1252Body, html: true, text: cp1252Text,
             encoding: "windows-1252", source: "detected"),
        Case(name: "text ignores meta-like content", bytes: bytes("<meta charset=windows-1252> é"), html: false,
             text: "<meta charset=windows-1252> é", encoding: "utf-8", source: "utf-8-valid"),
        Case(name: "meta utf-8 but invalid bytes", bytes: bytes("<meta charset=utf-8>") + cp1252Body, html: true,
             text: "<meta charset=utf-8>" + cp1252Text, encoding: "windows-1252", source: "detected", warns: true),
        Case(name: "meta latin1 but valid multi-byte UTF-8", bytes: bytes("<meta charset=latin1><p>été</p>"), html: true,
             text: "<meta charset=latin1><p>été</p>", encoding: "utf-8", source: "utf-8-valid", warns: true),
        // The HTML parser changes the encoding when it meets a meta charset after the prescan.
        Case(name: "meta after 1024 bytes is read", bytes: bytes(String(repeating: " ", count: 1100) + "<meta charset=windows-1250><p>") + [0xB3, 0xF3, 0x64, 0x9F] + bytes("</p>"),
             html: true, text: String(repeating: " ", count: 1100) + "<meta charset=windows-1250><p>łódź</p>", encoding: "windows-1250", source: "meta"),
        Case(name: "a late meta does not override valid UTF-8", bytes: bytes(String(repeating: " ", count: 1100) + "<meta charset=windows-1250><p>été</p>"),
             html: true, text: String(repeating: " ", count: 1100) + "<meta charset=windows-1250><p>été</p>", encoding: "utf-8", source: "utf-8-valid"),
        // Every family of the Encoding Standard, declared.
        Case(name: "iso-8859-2", bytes: bytes("<meta charset=iso-8859-2><p>") + [0xA3, 0xF3, 0x64, 0xBC] + bytes("</p>"), html: true,
             text: "<meta charset=iso-8859-2><p>Łódź</p>", encoding: "iso-8859-2", source: "meta"),
        Case(name: "windows-1251", bytes: bytes("<meta charset=\"windows-1251\"><p>") + [0xC7, 0xE4, 0xEE, 0xF0, 0xEE, 0xE2, 0xFC, 0xE5] + bytes("</p>"), html: true,
             text: "<meta charset=\"windows-1251\"><p>Здоровье</p>", encoding: "windows-1251", source: "meta"),
        Case(name: "koi8-r", bytes: bytes("<meta charset=koi8-r><p>") + [0xFA, 0xC4, 0xCF, 0xD2, 0xCF, 0xD7, 0xD8, 0xC5] + bytes("</p>"), html: true,
             text: "<meta charset=koi8-r><p>Здоровье</p>", encoding: "koi8-r", source: "meta"),
        Case(name: "gb2312 read as GBK", bytes: bytes("<meta charset=gb2312><p>") + [0xBD, 0xA1, 0xBF, 0xB5] + bytes("</p>"), html: true,
             text: "<meta charset=gb2312><p>健康</p>", encoding: "gbk", source: "meta"),
        Case(name: "shift_jis", bytes: bytes("<meta charset=shift_jis><p>") + [0x8C, 0x92, 0x8D, 0x4E] + bytes("</p>"), html: true,
             text: "<meta charset=shift_jis><p>健康</p>", encoding: "shift_jis", source: "meta"),
        Case(name: "euc-kr", bytes: bytes("<meta charset=euc-kr><p>") + [0xB0, 0xC7, 0xB0, 0xAD] + bytes("</p>"), html: true,
             text: "<meta charset=euc-kr><p>건강</p>", encoding: "euc-kr", source: "meta"),
        Case(name: "big5", bytes: bytes("<meta charset=big5><p>") + [0xB0, 0xB7, 0xB1, 0x64] + bytes("</p>"), html: true,
             text: "<meta charset=big5><p>健康</p>", encoding: "big5", source: "meta"),
        Case(name: "a meta utf-16 means utf-8", bytes: bytes("<meta charset=utf-16><p>été</p>"), html: true,
             text: "<meta charset=utf-16><p>été</p>", encoding: "utf-8", source: "meta"),
        Case(name: "an unknown label is detected past", bytes: bytes("<meta charset=klingon><p>été</p>"), html: true,
             text: "<meta charset=klingon><p>été</p>", encoding: "utf-8", source: "utf-8-valid", warns: true),
        Case(name: "replacement labels decode to one U+FFFD", bytes: bytes("<meta charset=iso-2022-kr><p>x</p>"), html: true,
             text: "\u{FFFD}", encoding: "replacement", source: "meta", warns: true),
        // UTF-8 but for a few stray windows-1252 bytes: repaired in place, with a warning.
        Case(name: "stray bytes in UTF-8", bytes: bytes("<p>Für die Gesundheit, für alle: ") + [0xFC] + bytes("ber, Stra") + [0xDF] + bytes("e, été, Zürich, Genève</p>"), html: true,
             text: "<p>Für die Gesundheit, für alle: über, Straße, été, Zürich, Genève</p>", encoding: "utf-8", source: "utf-8-repaired", warns: true),
        Case(name: "an undefined byte costs its spot", bytes: bytes("<meta charset=iso-8859-8><p>a") + [0xFF] + bytes("b</p>"), html: true,
             text: "<meta charset=iso-8859-8><p>a\u{FFFD}b</p>", encoding: "iso-8859-8", source: "meta", warns: true),
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
        let (text, replaced) = IconvDecoder.decode(Array(0x80...0xFF).map(UInt8.init), .windows1252)
        #expect(replaced == 0)
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

    /// Pages that declare nothing and are not UTF-8: uchardet guesses, and a Latin guess must read
    /// the words better than windows-1252 does.
    @Test func undeclaredPagesAreDetected() {
        // Polish in windows-1250: ł and ż are symbols in windows-1252.
        let polish = Self.bytes("<p>Zdrowie publiczne w Polsce: ") + Array(repeating: Self.bytes("szpita") + [0xB3] + Self.bytes("e, lekarze rodzinni, pa") + [0x9F] + Self.bytes("dziernik, ") + [0xBF] + Self.bytes("ywienie i ochrona zdrowia. "), count: 8).joined() + Self.bytes("</p>")
        let p = TextDecoding.decode(polish, lookForMetaCharset: true)
        #expect(p.encoding == "windows-1250" && p.source == "detected")
        #expect(p.text.contains("szpitałe") && p.text.contains("październik"))
        // French in windows-1252 stays windows-1252 whatever Latin charset uchardet names.
        let french = Self.bytes("<p>Le d") + [0xE9] + Self.bytes("veloppement de la t") + [0xE9, 0x6C, 0xE9] + Self.bytes("m") + [0xE9] + Self.bytes("decine en r") + [0xE9] + Self.bytes("gion a ") + [0xE9, 0x74, 0xE9] + Self.bytes(" soulign") + [0xE9] + Self.bytes(", tr") + [0xE8] + Self.bytes("s appr") + [0xE9] + Self.bytes("ci") + [0xE9] + Self.bytes("e.</p>")
        let f = TextDecoding.decode(french, lookForMetaCharset: true)
        #expect(f.encoding == "windows-1252")
        #expect(f.text == "<p>Le développement de la télémédecine en région a été souligné, très appréciée.</p>")
        // Russian in windows-1251, undeclared.
        let russian = Self.bytes("<p>") + Array(repeating: [0xC7, 0xE4, 0xEE, 0xF0, 0xEE, 0xE2, 0xFC, 0xE5, 0x20, 0xE8, 0x20, 0xEC, 0xE5, 0xE4, 0xE8, 0xF6, 0xE8, 0xED, 0xE0, 0x2E, 0x20] as [UInt8], count: 6).joined() + Self.bytes("</p>")
        let r = TextDecoding.decode(russian, lookForMetaCharset: true)
        #expect(r.encoding == "windows-1251" && r.text.contains("Здоровье и медицина"))
    }

    /// `&#128;`-`&#159;` are read as the HTML standard says (windows-1252), not as C1 controls.
    @Test func numericReferencesInTheC1RangeAreWindows1252() throws {
        let page = Self.bytes("<html><body><p>Prix : 5&#128; &#150; l&#146;h\u{F4}pital, &#x9C;uvre &#156;</p></body></html>")
        let doc = try ingestBytes(page, path: "page.html")
        #expect(doc.passages.map(\.text) == ["Prix : 5€ – l’hôpital, œuvre œ"])
    }
}
