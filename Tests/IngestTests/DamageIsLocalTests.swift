import Foundation
import Testing

@testable import Ingest

/// Damage costs the spot it is in, not the document: one bad byte, a NUL, a few control bytes, a
/// UTF-32 file, a huge element, text after `</html>`, a second `<body>`; and a binary file under
/// a text name is refused for what it is.
struct DamageIsLocalTests {
    static let text = "Compte rendu\n\nDate : 9 juin 2020\n\nLa télémédecine progresse dans les EHPAD de la région.\n"

    @Test func oneBadByteCostsItsSpot() throws {
        var bytes = Array(Self.text.utf8)
        bytes.insert(0xFF, at: bytes.count - 10)
        let result = try Ingestor().ingest(bytes, source: SourceInfo(relativePath: "cr.txt"))
        // Still UTF-8 (no "Ã©" anywhere); the stray byte alone is read as windows-1252, which is
        // what such a byte nearly always is in a French page, and reported.
        #expect(result.document.encoding == "utf-8")
        #expect(result.document.text == Self.text.replacingOccurrences(of: "la région", with: "laÿ région"))
        #expect(result.warnings.first { $0.code == "utf-8-repaired" }?.message == "valid UTF-8 but for 1 stray byte, read as windows-1252")
    }

    @Test func aNULAndAFewControlBytesAreDroppedWithAWarning() throws {
        var bytes = Array(Self.text.utf8)
        bytes.insert(0x00, at: 20)
        bytes.insert(0x01, at: 40)
        let result = try Ingestor().ingest(bytes, source: SourceInfo(relativePath: "cr.txt"))
        #expect(result.document.text.contains("télémédecine progresse"))
        #expect(!result.document.text.unicodeScalars.contains { $0.value < 0x09 })
        #expect(result.warnings.first { $0.code == "control-bytes" }?.message == "2 NUL or control bytes dropped")
    }

    @Test func aUTF32FileIsReadAsUTF32() throws {
        let bytes: [UInt8] = [0x00, 0x00, 0xFE, 0xFF] + Self.text.unicodeScalars.flatMap { s in
            [UInt8(s.value >> 24), UInt8((s.value >> 16) & 0xFF), UInt8((s.value >> 8) & 0xFF), UInt8(s.value & 0xFF)]
        }
        let document = try Ingestor().ingest(bytes, source: SourceInfo(relativePath: "cr.txt")).document
        #expect(document.encoding == "utf-32be")
        #expect(document.text.contains("La télémédecine progresse"))
    }

    @Test(arguments: [("%PDF-1.7\n%âãÏÓ\n", "PDF"), ("PK\u{3}\u{4}word/document.xml", "ZIP or Office")])
    func aBinaryFileUnderATextNameIsRefused(_ head: String, _ format: String) {
        #expect(throws: IngestFailure(.binary, "a \(format) file, not a text file")) {
            try Ingestor().ingest(Array((head + Self.text).utf8), source: SourceInfo(relativePath: "rapport.txt"))
        }
    }

    /// 150,000 attributes on one element: libxml2 would compare each with those before it before
    /// any time check could run; past the first 1,000 they are dropped and the text is kept.
    @Test func aHugeElementIsBoundedNotFatal() throws {
        let attributes = (0..<150_000).map { "a\($0)=1" }.joined(separator: " ")
        let page = "<html><body><main><p \(attributes)>La télémédecine progresse dans les EHPAD, le 9 juin 2020.</p></main></body></html>"
        let result = try Ingestor().ingest(Array(page.utf8), source: SourceInfo(relativePath: "lent.html"))
        #expect(result.document.text.contains("La télémédecine progresse"))
        #expect(result.warnings.first { $0.code == "attributes-dropped" }?.message.hasPrefix("149000 attributes") == true)
    }

    @Test func textAfterTheEndAndASecondBodyAreReported() throws {
        let main = "<main><p>La télémédecine progresse dans les EHPAD de la région, le 9 juin 2020.</p></main>"
        let after = try Ingestor().ingest(
            Array("<html><body>\(main)</body></html>\n<p>Texte ajouté après la fin.</p>".utf8), source: SourceInfo(relativePath: "a.html"))
        #expect(after.warnings.map(\.code) == ["text-after-html-end"])
        let second = try Ingestor().ingest(
            Array("<html><body>\(main)</body><body><p>Un second corps.</p></body></html>".utf8), source: SourceInfo(relativePath: "b.html"))
        #expect(second.warnings.map(\.code) == ["second-body"])
        // Neither is said of a page whose script or comment mentions them.
        let clean = try Ingestor().ingest(
            Array("<html><body>\(main)<script>var s = '<body>';</script><!-- <body> --></body></html>\n<!-- fin -->\n".utf8),
            source: SourceInfo(relativePath: "c.html"))
        #expect(clean.warnings.isEmpty)
    }
}
