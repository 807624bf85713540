/// Finds a `<meta charset=…>` or `<meta http-equiv … content="…; charset=…">` label in the first
/// `window` bytes of an HTML page (1024 for the standard's prescan; the whole page for a late one).
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
