import PropertyBased
import Testing

@testable import Ingest

/// The address scan jumps from one dot or @ to the next: it must find the tokens a byte-by-byte
/// tokenisation finds.
struct RegionsTests {
    /// Every token between the delimiters that holds a dot or an @, is 6 bytes or more and holds
    /// "ars" once ASCII-lowercased.
    static func reference(_ text: String) -> [String] {
        let delimiters: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, 0x28, 0x29, 0x3C, 0x3E, 0x22, 0x27, 0x2C, 0x3B]
        return Array(text.utf8).split(omittingEmptySubsequences: true, whereSeparator: { delimiters.contains($0) })
            .filter { $0.contains(0x2E) || $0.contains(0x40) }
            .filter { $0.count >= 6 }
            .map { String(decoding: $0.map(\.asciiLowercased), as: UTF8.self) }
            .filter { $0.contains("ars") }
    }

    static let pieces = ["ars", "ARS", ".", "@", " ", "(", ")", "x", "fr", "é", "\n", ",", "www", "sante", "'", "\"", ";", "<", ">", "\t", "-", "arS"]
    static let texts = Gen.int(in: 0..<pieces.count).map { pieces[$0] }.array(of: 0...30).map { $0.joined() }

    @Test func addressesAsAByteScan() async {
        await propertyCheck(count: 2000, input: Self.texts) { text in
            #expect(Regions.addresses(in: text) == Self.reference(text), "\(text.debugDescription)")
        }
    }

    @Test func knownAddresses() {
        #expect(Regions.addresses(in: "Contact : ars-oc-communication@ars.sante.fr (service).") == ["ars-oc-communication@ars.sante.fr"])
        #expect(Regions.addresses(in: "Voir https://www.ars.sante.fr/, puis www.example.org.") == ["https://www.ars.sante.fr/"])
        #expect(Regions.addresses(in: "Fin. Mars. Arsenal") == [])
    }
}
