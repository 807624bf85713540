import CLibXML2
import Foundation

/// An element or attribute name of up to 16 bytes packed in two integers, compared without
/// strings; longer names (none that matter here) all pack to ``none``.
struct ElementKey: Hashable, Sendable {
    let low: UInt64
    let high: UInt64

    static let none = ElementKey(low: 0, high: 0)

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    init(_ name: String) {
        self = name.utf8CString.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: UInt8.self) { ElementKey(cString: $0.baseAddress!) }
        }
    }

    /// - Parameter lowercasingASCII: fold A-Z to a-z while packing.
    init(cString p: UnsafePointer<UInt8>, lowercasingASCII: Bool = false) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var i = 0
        while p[i] != 0 {
            if i >= 16 {
                self = .none
                return
            }
            let byte = lowercasingASCII && (0x41...0x5A).contains(p[i]) ? p[i] | 0x20 : p[i]
            if i < 8 { low |= UInt64(byte) << (8 * UInt64(i)) } else { high |= UInt64(byte) << (8 * UInt64(i - 8)) }
            i += 1
        }
        self.init(low: low, high: high)
    }
}

/// The attributes of a start tag as libxml2's SAX parser hands them over: name/value pairs, in
/// place, valid during the callback only. Values are already entity-decoded; an attribute written
/// without a value has none.
struct ElementAttributes {
    let pairs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?

    /// Calls `body` with each attribute's ASCII-lowercased name and its value bytes (empty when the
    /// attribute has no value); stops when `body` returns false.
    func forEach(_ body: (ElementKey, UnsafeBufferPointer<UInt8>) -> Bool) {
        guard var p = pairs else { return }
        while let name = p[0] {
            let value = p[1].map { UnsafeBufferPointer(start: $0, count: strlen($0)) } ?? UnsafeBufferPointer(start: nil, count: 0)
            if !body(ElementKey(cString: name, lowercasingASCII: true), value) { return }
            p += 2
        }
    }

    /// The bytes of the first attribute called `name` (lowercase), nil when there is none.
    func bytes(_ name: ElementKey) -> UnsafeBufferPointer<UInt8>? {
        var found: UnsafeBufferPointer<UInt8>?
        forEach { key, value in
            if key == name { found = value }
            return found == nil
        }
        return found
    }

    /// The value of the first attribute called `name` (lowercase), nil when there is none.
    func value(_ name: ElementKey) -> String? {
        bytes(name).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether the first attribute called `name` has one of `values` (lowercase ASCII) as its
    /// value, ignoring ASCII case; compared in place.
    func value(_ name: ElementKey, isOneOf values: [[UInt8]]) -> Bool {
        guard let raw = bytes(name) else { return false }
        return values.contains { $0.count == raw.count && zip($0, raw).allSatisfy { $0 == ((0x41...0x5A).contains($1) ? $1 | 0x20 : $1) } }
    }
}

/// The libxml2 version this build was compiled against, for run manifests.
public enum LibXML2Info {
    public static let version = LIBXML_DOTTED_VERSION
}
