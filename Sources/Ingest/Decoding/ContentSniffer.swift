/// Looks at raw bytes before decoding: is this text at all, and is it HTML?
enum ContentSniffer {
    /// How many leading bytes are inspected.
    static let window = 65_536

    /// Whether the bytes look like binary data rather than text: a NUL byte, or more than 1 % of
    /// control characters other than tab, line feed, form feed and carriage return. Files starting
    /// with a UTF-16 byte-order mark are text by definition.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        let count = min(bytes.count, window)
        var controls = 0
        /// Whether `n` bytes from `p` hold a NUL; counts their other control characters.
        func holdsNUL(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
            for b in UnsafeBufferPointer(start: p, count: n) {
                if b == 0 { return true }
                if Self.isControl(b) { controls += 1 }
            }
            return false
        }
        let found = bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            var i = 0
            // Eight bytes at a time: only a word holding a byte below 0x20 is looked at closely.
            while i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0, holdsNUL(base + i, 8) { return true }
                i += 8
            }
            return holdsNUL(base + i, count - i)
        }
        return found || controls * 100 > count
    }

    /// A control character other than tab, line feed, form feed, carriage return and escape.
    @inline(__always)
    private static func isControl(_ b: UInt8) -> Bool {
        b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0C && b != 0x0D && b != 0x1B
    }

    /// Whether the bytes hold nothing but white space (or a lone byte-order mark).
    static func isBlank(_ bytes: [UInt8]) -> Bool {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        return body.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C }
    }

    /// Decides between HTML and text: the content first (a page saved as `.txt` is still HTML),
    /// then the file name extension.
    static func kind(of bytes: [UInt8], pathExtension: String) -> DocumentKind {
        if startsLikeHTML(bytes) { return .html }
        switch pathExtension {
        case "html", "htm", "xhtml", "shtml": return .html
        default: return .text
        }
    }

    private static func startsLikeHTML(_ bytes: [UInt8]) -> Bool {
        var body = bytes.prefix(1024)[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let lowered = body.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
            .prefix(15).map(\.asciiLowercased)
        return lowered.starts(with: Array("<!doctype html".utf8)) || lowered.starts(with: Array("<html".utf8))
    }
}
