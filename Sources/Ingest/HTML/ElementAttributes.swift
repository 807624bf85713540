import CLibXML2
import Foundation

/// The attributes of a start tag as libxml2's SAX parser hands them over: name/value pairs, in
/// place, valid during the callback only. Values are already entity-decoded; an attribute written
/// without a value has none.
struct ElementAttributes {
    let pairs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?

    /// The attributes every element inside a content candidate is judged by (``BoilerplateElements``,
    /// the content locator), found in one pass when the tag starts: nil when absent. The other
    /// attributes (on `<meta>`, `<link>`, `<time>`) are looked for by scanning.
    private(set) var hidden, ariaHidden, style, role, `class`, id: Value?

    init(pairs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        self.pairs = pairs
        guard var p = pairs else { return }
        // libxml2 lowercases HTML attribute names and drops a repeated one: each is here once.
        while let name = p[0] {
            defer { p += 2 }
            // Only a name that starts as a judged one does is packed (not href, name, src…).
            switch (name[0] | 0x20, name[1] | 0x20) {
            case (0x68, 0x69), (0x61, 0x72), (0x73, 0x74), (0x72, 0x6F), (0x63, 0x6C), (0x69, 0x64): break  // hi ar st ro cl id
            default: continue
            }
            let key = ElementKey(cString: name, lowercasingASCII: true)
            let value = Value(start: p[1])
            // The names packed (``ElementKey``) as literals: a `static let` read per attribute
            // cost a `swift_once` check each (a test checks them against `ElementKey(_:)`).
            switch (key.low, key.high) {
            case (JudgedName.hidden, 0): hidden = value
            case (JudgedName.ariaHidden, JudgedName.ariaHiddenHigh): ariaHidden = value
            case (JudgedName.style, 0): style = value
            case (JudgedName.role, 0): role = value
            case (JudgedName.class, 0): `class` = value
            case (JudgedName.id, 0): id = value
            default: break
            }
        }
    }

    /// The judged names' ``ElementKey/low`` (and ``ElementKey/high`` for aria-hidden).
    enum JudgedName {
        static let hidden: UInt64 = 0x6e65_6464_6968
        static let ariaHidden: UInt64 = 0x6469_682d_6169_7261
        static let ariaHiddenHigh: UInt64 = 0x6e_6564
        static let style: UInt64 = 0x65_6c79_7473
        static let role: UInt64 = 0x656c_6f72
        static let `class`: UInt64 = 0x73_7361_6c63
        static let id: UInt64 = 0x6469
    }

    /// An attribute's value, measured only when read: most attributes a scan passes over are not
    /// the one it looks for, and their values (long `href`s, say) need not be measured.
    struct Value {
        let start: UnsafePointer<xmlChar>?

        /// The value's bytes (empty when the attribute has none).
        var bytes: UnsafeBufferPointer<UInt8> {
            start.map { UnsafeBufferPointer(start: $0, count: strlen($0)) } ?? UnsafeBufferPointer(start: nil, count: 0)
        }
    }

    /// Calls `body` with each attribute's ASCII-lowercased name and its value; stops when `body`
    /// returns false.
    func forEach(_ body: (ElementKey, Value) -> Bool) {
        guard var p = pairs else { return }
        while let name = p[0] {
            if !body(ElementKey(cString: name, lowercasingASCII: true), Value(start: p[1])) { return }
            p += 2
        }
    }

    /// The bytes of the first attribute called `name` (lowercase), nil when there is none.
    func bytes(_ name: ElementKey) -> UnsafeBufferPointer<UInt8>? {
        var found: Value?
        forEach { key, value in
            if key == name { found = value }
            return found == nil
        }
        return found?.bytes
    }

    /// The value of the first attribute called `name` (lowercase), nil when there is none.
    func value(_ name: ElementKey) -> String? {
        bytes(name).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether the first attribute called `name` has one of `values` (lowercase ASCII) as its
    /// value, ignoring ASCII case; compared in place.
    func value(_ name: ElementKey, isOneOf values: [[UInt8]]) -> Bool {
        Self.value(bytes(name), isOneOf: values)
    }

    /// Whether `value` (nil: no such attribute) is one of `values` (lowercase ASCII), ignoring
    /// ASCII case; compared in place.
    static func value(_ value: Value?, isOneOf values: [[UInt8]]) -> Bool {
        Self.value(value?.bytes, isOneOf: values)
    }

    private static func value(_ raw: UnsafeBufferPointer<UInt8>?, isOneOf values: [[UInt8]]) -> Bool {
        guard let raw else { return false }
        return values.contains { $0.count == raw.count && zip($0, raw).allSatisfy { $0 == $1.asciiLowercased } }
    }
}

/// The attribute names the head hints look for by scanning, packed once (the judged ones are
/// ``ElementAttributes/JudgedName``).
enum AttributeName {
    static let rel = ElementKey("rel")
    static let href = ElementKey("href")
    static let datetime = ElementKey("datetime")
    static let property = ElementKey("property")
    static let name = ElementKey("name")
    static let itemprop = ElementKey("itemprop")
    static let content = ElementKey("content")
}
