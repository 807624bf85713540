import CLibXML2
import Foundation
import Testing

@testable import Ingest

/// The attributes every element is judged by are found in one pass by their packed names, written
/// as literals: they must be the names' ``ElementKey``s, and be found as a scan finds them.
struct ElementAttributesTests {
    @Test func judgedNamesAreTheNamesKeys() {
        typealias N = ElementAttributes.JudgedName
        for (name, low, high) in [
            ("hidden", N.hidden, 0), ("aria-hidden", N.ariaHidden, N.ariaHiddenHigh), ("style", N.style, 0),
            ("role", N.role, 0), ("class", N.class, 0), ("id", N.id, 0),
        ] as [(String, UInt64, UInt64)] {
            let key = ElementKey(name)
            #expect(key.low == low && key.high == high, "\(name)")
        }
    }

    /// Attribute pairs as libxml2 hands them over (name, value or NULL, …, NULL).
    static func withPairs<T>(_ pairs: [(String, String?)], _ body: (ElementAttributes) -> T) -> T {
        var owned: [UnsafeMutablePointer<CChar>?] = []
        for (name, value) in pairs {
            owned.append(strdup(name))
            owned.append(value.map { strdup($0) } ?? nil)
        }
        owned.append(nil)
        defer { for p in owned { free(p) } }
        var raw = owned.map { $0.map { UnsafePointer<xmlChar>(OpaquePointer($0)) } }
        return raw.withUnsafeMutableBufferPointer { body(ElementAttributes(pairs: $0.baseAddress)) }
    }

    @Test func judgedAttributesAreFoundAsAScanFindsThem() {
        let pairs: [(String, String?)] = [
            ("href", "https://example.org/a.html"), ("hidden", nil), ("CLASS", "Menu principal"), ("id", ""), ("data-x", "y"),
            ("Role", "navigation"), ("STYLE", "display: none"), ("Aria-Hidden", "true"), ("h", "1"), ("i", nil),
        ]
        Self.withPairs(pairs) { attributes in
            let judged: [(String, ElementAttributes.Value?)] = [
                ("hidden", attributes.hidden), ("class", attributes.class), ("id", attributes.id), ("role", attributes.role),
                ("style", attributes.style), ("aria-hidden", attributes.ariaHidden),
            ]
            for (name, value) in judged {
                let scanned = attributes.bytes(ElementKey(name)).map { Array($0) }
                #expect(value.map { Array($0.bytes) } == scanned, "\(name)")
                #expect(value != nil, "\(name)")
            }
        }
        Self.withPairs([("href", "x")]) { attributes in
            #expect(attributes.hidden == nil && attributes.class == nil && attributes.id == nil && attributes.role == nil)
        }
    }
}
