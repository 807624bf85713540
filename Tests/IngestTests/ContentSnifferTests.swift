import PropertyBased
import Testing

@testable import Ingest

/// The binary sniff reads eight bytes at a time; it must answer as the byte-by-byte rule.
struct ContentSnifferTests {
    static func reference(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return false }
        let head = bytes.prefix(ContentSniffer.window)
        var controls = 0
        for b in head where b < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains(b) { controls += 1 }
        return controls > 8 && controls * 100 > head.count
    }

    /// Mostly text, with a few control bytes, NULs and high bytes, of every length around the
    /// eight-byte steps.
    static let bytes = Gen.int(in: 0..<1000).map { n -> UInt8 in
        switch n {
        case 0: 0
        case 1..<12: UInt8(n)  // controls, tab, line feed…
        case 12..<40: UInt8(0x80 + n)
        default: UInt8(0x20 + n % 0x5F)
        }
    }.array(of: 0...300)

    @Test func wordAtATimeAnswersAsByteByByte() async {
        await propertyCheck(count: 2000, input: Self.bytes) { bytes in
            #expect(ContentSniffer.looksBinary(bytes) == Self.reference(bytes), "\(bytes)")
        }
    }

    @Test func onlyTheWindowCounts() {
        let text = [UInt8](repeating: 0x61, count: ContentSniffer.window)
        #expect(!ContentSniffer.looksBinary(text + [0, 1, 2]))
        // One NUL in a text is damage, not a binary file: it is dropped where it stands.
        #expect(!ContentSniffer.looksBinary([0x61, 0x00] + text))
        #expect(ContentSniffer.droppingControlBytes([0x61, 0x00, 0x62, 0x07, 0x0A]) == ([0x61, 0x62, 0x0A], 2))
        #expect(ContentSniffer.looksBinary([UInt8](repeating: 0x00, count: 20) + [UInt8](repeating: 0x61, count: 100)))
        #expect(ContentSniffer.looksBinary([UInt8](repeating: 0x01, count: 20) + [UInt8](repeating: 0x61, count: 100)))
        #expect(!ContentSniffer.looksBinary([UInt8](repeating: 0x0A, count: 500)))
        // A few stray bytes in a short note are not enough, whatever their share.
        #expect(!ContentSniffer.looksBinary([0x00, 0x01] + [UInt8](repeating: 0x61, count: 50)))
    }

    @Test func knownBinaryFormatsAreNamed() {
        #expect(ContentSniffer.binaryFormat(Array("%PDF-1.7\n".utf8)) == "PDF")
        #expect(ContentSniffer.binaryFormat([0x50, 0x4B, 0x03, 0x04, 0x14]) == "ZIP or Office")
        #expect(ContentSniffer.binaryFormat(Array("Le PDF du compte rendu".utf8)) == nil)
    }
}
