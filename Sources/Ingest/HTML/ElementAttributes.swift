import CLibXML2
import Foundation

/// The attributes of a start tag as libxml2's SAX parser hands them over: name/value pairs, in
/// place, valid during the callback only. Values are already entity-decoded; an attribute written
/// without a value has none.
struct ElementAttributes {
    let pairs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?

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
        guard let raw = bytes(name) else { return false }
        return values.contains { $0.count == raw.count && zip($0, raw).allSatisfy { $0 == $1.asciiLowercased } }
    }
}

/// The attribute names the reader looks at, packed once.
enum AttributeName {
    static let hidden = ElementKey("hidden")
    static let ariaHidden = ElementKey("aria-hidden")
    static let style = ElementKey("style")
    static let role = ElementKey("role")
    static let `class` = ElementKey("class")
    static let id = ElementKey("id")
    static let rel = ElementKey("rel")
    static let href = ElementKey("href")
    static let datetime = ElementKey("datetime")
    static let property = ElementKey("property")
    static let name = ElementKey("name")
    static let itemprop = ElementKey("itemprop")
    static let content = ElementKey("content")
}
