/// A JSON writer for the values written once per document and passage (documents.jsonl,
/// classified.jsonl and the state's blobs): the same bytes as `JSONEncoder` with `.sortedKeys`
/// and `.withoutEscapingSlashes`, written straight into a byte buffer. Foundation's encoder
/// builds a tree of boxed values first, which cost a tenth of a run.
///
/// Types conform with ``JSONLineWritable`` and write their keys in sorted order themselves; the
/// tests compare every conforming type's bytes with `JSONEncoder`'s.
public struct JSONOutput: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 1024) { bytes.reserveCapacity(capacity) }

    /// Literal JSON punctuation or a key with its quotes and colon, e.g. `,"id":`.
    @inline(__always)
    public mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    public mutating func null() { raw("null") }

    public mutating func string(_ s: String) {
        var copy = s
        copy.withUTF8 { appendQuoted($0) }
    }

    public mutating func string(_ s: String?) {
        if let s { string(s) } else { null() }
    }

    public mutating func int(_ v: Int) {
        bytes.append(contentsOf: String(v).utf8)
    }

    /// As `JSONEncoder` writes a finite `Double`: its shortest description, without a trailing `.0`.
    public mutating func double(_ v: Double) {
        precondition(v.isFinite, "JSON has no non-finite numbers")
        if v == v.rounded(), v.magnitude < 1e15, v != 0 || v.sign == .plus {
            int(Int(v))
            return
        }
        var text = v.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    /// An object of strings, its keys sorted.
    public mutating func stringDictionary(_ values: [String: String]) {
        raw("{")
        for (i, key) in values.keys.sorted().enumerated() {
            if i > 0 { raw(",") }
            string(key)
            raw(":")
            string(values[key]!)
        }
        raw("}")
    }

    public mutating func strings(_ items: [String]) {
        bytes.append(UInt8(ascii: "["))
        for (i, item) in items.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            string(item)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    // The two generic writers are inlinable so that other modules' types (classified passages)
    // get them specialised: called through their generic form they cost thousands of
    // instructions even for an empty array or object, most passages' case.
    @inlinable
    public mutating func array<T: JSONLineWritable>(_ items: [T]) {
        guard !items.isEmpty else { return raw("[]") }
        raw("[")
        for i in items.indices {
            if i > 0 { raw(",") }
            items[i].writeJSON(to: &self)
        }
        raw("]")
    }

    /// An object of values by string key, keys in sorted order.
    @inlinable
    public mutating func dictionary<T: JSONLineWritable>(_ values: [String: T]) {
        guard !values.isEmpty else { return raw("{}") }
        raw("{")
        for (i, key) in values.keys.sorted().enumerated() {
            if i > 0 { raw(",") }
            string(key)
            raw(":")
            values[key]!.writeJSON(to: &self)
        }
        raw("}")
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// Whether one of the eight bytes of `word` may have to be escaped: a control byte, `"` or
    /// `\` (the bytes of UTF-8 sequences never are). The has-less-than and has-zero-byte word
    /// tests, nonzero exactly when some byte is a hit; the caller looks at the bytes one by one
    /// from there anyway.
    @inline(__always)
    static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        let control = (word &- ones &* 0x20) & ~word & highs
        return control | hasZero(word ^ (ones &* 0x22)) | hasZero(word ^ (ones &* 0x5C)) != 0
    }

    private mutating func appendQuoted(_ s: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        // Most strings need no escape at all: eight bytes at a time until one might.
        var clean = 0
        if let base = s.baseAddress {
            let raw = UnsafeRawPointer(base)
            while clean + 8 <= s.count, !Self.needsEscape(raw.loadUnaligned(fromByteOffset: clean, as: UInt64.self)) { clean += 8 }
        }
        var runStart = 0
        for i in clean..<s.count {
            let b = s[i]
            guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: s[runStart..<i]))
            runStart = i + 1
            switch b {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0x08: raw("\\b")
            case 0x0C: raw("\\f")
            default:
                raw("\\u00")
                bytes.append(Self.hex[Int(b >> 4)])
                bytes.append(Self.hex[Int(b & 0xF)])
            }
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: s[runStart..<s.count]))
        bytes.append(UInt8(ascii: "\""))
    }
}

/// A value that writes itself as one JSON object, byte for byte as `JSONEncoder` would with
/// sorted keys.
public protocol JSONLineWritable: Encodable {
    func writeJSON(to out: inout JSONOutput)
    /// Bytes to reserve for ``jsonBytes`` (a guess: the buffer grows past it).
    var jsonCapacityHint: Int { get }
}

extension JSONLineWritable {
    public var jsonCapacityHint: Int { 1024 }

    /// The value's JSON bytes.
    public var jsonBytes: [UInt8] {
        var out = JSONOutput(capacity: jsonCapacityHint)
        writeJSON(to: &out)
        return out.bytes
    }
}

extension Document: JSONLineWritable {
    /// The text is written twice, whole and cut into passages.
    public var jsonCapacityHint: Int { 2 * text.utf8.count + 200 * passages.count + 1024 }

    public func writeJSON(to out: inout JSONOutput) {
        out.raw("{\"date\":")
        out.string(date)
        if kind == .tableRow {
            out.raw(",\"department\":")
            out.string(department)
        }
        out.raw(",\"encoding\":")
        out.string(encoding)
        out.raw(",\"encoding_source\":")
        out.string(encodingSource)
        out.raw(",\"id\":")
        out.string(id)
        out.raw(",\"kind\":")
        out.string(kind.rawValue)
        if kind == .tableRow {
            out.raw(",\"metadata\":")
            out.stringDictionary(metadata ?? [:])
        }
        out.raw(",\"organisation\":")
        out.string(organisation)
        out.raw(",\"passages\":")
        out.array(passages)
        out.raw(",\"path\":")
        out.string(path)
        out.raw(",\"region\":")
        out.string(region)
        out.raw(",\"sha256\":")
        out.string(sha256)
        out.raw(",\"text\":")
        out.string(text)
        out.raw(",\"title\":")
        out.string(title)
        out.raw(",\"url\":")
        out.string(url)
        out.raw("}")
    }
}

extension Passage: JSONLineWritable {
    public func writeJSON(to out: inout JSONOutput) {
        out.raw("{\"end\":")
        out.int(end)
        out.raw(",\"id\":")
        out.string(id)
        out.raw(",\"role\":")
        out.string(role.rawValue)
        out.raw(",\"section\":")
        out.strings(section)
        out.raw(",\"start\":")
        out.int(start)
        out.raw(",\"text\":")
        out.string(text)
        out.raw("}")
    }
}

extension IngestWarning: JSONLineWritable {
    public func writeJSON(to out: inout JSONOutput) {
        out.raw("{\"code\":")
        out.string(code)
        out.raw(",\"message\":")
        out.string(message)
        out.raw("}")
    }
}
