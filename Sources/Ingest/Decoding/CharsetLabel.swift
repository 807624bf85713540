/// A charset as a document declares it, resolved to one we decode.
enum DeclaredCharset: Sendable, Hashable {
    case utf8
    case singleByte(SingleByteCharset)
    /// A label we do not decode (e.g. `shift_jis`): ignored, detection goes on.
    case unsupported(String)

    /// Resolves a label the way browsers do for the labels French pages use.
    init(label: String) {
        let l = label.lowercased()
        switch l {
        case "utf-8", "utf8", "unicode-1-1-utf-8":
            self = .utf8
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",
            "l1", "us-ascii", "ascii", "iso-ir-100", "ibm819", "cp819":
            self = .singleByte(.windows1252)
        case "iso-8859-15", "iso8859-15", "iso_8859-15", "latin-9", "latin9", "l9":
            self = .singleByte(.iso885915)
        default:
            self = .unsupported(l)
        }
    }
}

/// Finds a `<meta charset=…>` or `<meta http-equiv … content="…; charset=…">` label in the first
/// `window` bytes of an HTML page.
enum MetaCharsetSniffer {
    static func label(in bytes: [UInt8], window: Int = 1024) -> String? {
        let head = bytes.prefix(window).map(\.asciiLowercased)
        let meta = Array("<meta".utf8)
        let charset = Array("charset".utf8)
        var i = 0
        while let tagStart = find(meta, in: head, from: i) {
            let tagEnd = head[tagStart...].firstIndex(of: UInt8(ascii: ">")) ?? head.count
            if let at = find(charset, in: Array(head[tagStart..<tagEnd]), from: 0),
                let value = value(after: tagStart + at + charset.count, in: head, end: tagEnd)
            {
                return value
            }
            i = tagEnd
        }
        return nil
    }

    /// Reads `\s*=\s*["']?token` starting at `i`.
    private static func value(after start: Int, in bytes: [UInt8], end: Int) -> String? {
        var i = start
        func skipSpaces() { while i < end, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 } }
        skipSpaces()
        guard i < end, bytes[i] == UInt8(ascii: "=") else { return nil }
        i += 1
        skipSpaces()
        while i < end, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") { i += 1 }
        let tokenStart = i
        while i < end, isTokenByte(bytes[i]) { i += 1 }
        guard i > tokenStart else { return nil }
        return String(decoding: bytes[tokenStart..<i], as: UTF8.self)
    }

    private static func isTokenByte(_ b: UInt8) -> Bool {
        (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) || b == UInt8(ascii: "-")
            || b == UInt8(ascii: "_") || b == UInt8(ascii: ":") || b == UInt8(ascii: ".")
    }

    private static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard needle.count <= hay.count, from <= hay.count - needle.count else { return nil }
        var i = from
        while i <= hay.count - needle.count {
            if hay[i] == needle[0], Array(hay[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }
}
