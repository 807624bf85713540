/// Looks at raw bytes before decoding: is this text at all, and is it HTML?
enum ContentSniffer {
    /// How many leading bytes are inspected.
    static let window = 65_536

    /// The format a file's first bytes announce when it is a known binary one (a PDF, an Office or
    /// ZIP archive, an image, a compressed file) whatever its name says.
    static func binaryFormat(_ bytes: [UInt8]) -> String? {
        let signatures: [(String, [UInt8])] = [
            ("PDF", Array("%PDF-".utf8)), ("ZIP or Office", [0x50, 0x4B, 0x03, 0x04]),
            ("Office 97-2003", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]), ("PNG", [0x89, 0x50, 0x4E, 0x47]),
            ("JPEG", [0xFF, 0xD8, 0xFF]), ("GIF", Array("GIF8".utf8)), ("gzip", [0x1F, 0x8B]), ("RIFF", Array("RIFF".utf8)),
        ]
        return signatures.first { bytes.starts(with: $0.1) }?.0
    }

    /// A short text may hold this many control bytes however short it is: one NUL in a two-line
    /// note is damage, not a binary file.
    static let maxStrayControls = 8

    /// Whether the bytes look like binary data rather than text: more than ``maxStrayControls`` and
    /// more than 1 % of NUL bytes and control characters other than tab, line feed, form feed,
    /// carriage return and escape in the first ``window`` bytes. A few such bytes in a text are damage, dropped where they stand
    /// (``droppingControlBytes(_:)``), not a reason to lose the document. Files starting with a
    /// UTF-16 or UTF-32 byte-order mark are text by definition.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        if startsWithWideBOM(bytes) { return false }
        let count = min(bytes.count, window)
        let controls = controlBytes(in: bytes, upTo: count)
        return controls > maxStrayControls && controls * 100 > count
    }

    /// The bytes without NUL and the other control bytes ``looksBinary(_:)`` counts, and how many
    /// were dropped; the same bytes (no copy) when there are none, as in nearly every file.
    static func droppingControlBytes(_ bytes: [UInt8]) -> (bytes: [UInt8], dropped: Int) {
        if startsWithWideBOM(bytes) { return (bytes, 0) }
        let dropped = controlBytes(in: bytes, upTo: bytes.count)
        guard dropped > 0 else { return (bytes, 0) }
        return (bytes.filter { !isControl($0) }, dropped)
    }

    /// A UTF-16 or UTF-32 byte-order mark: text whose every character holds NUL bytes.
    static func startsWithWideBOM(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF])
    }

    /// How many of the first `count` bytes are NUL or other control bytes.
    private static func controlBytes(in bytes: [UInt8], upTo count: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            var found = 0
            func countControls(_ p: UnsafePointer<UInt8>, _ n: Int) {
                for b in UnsafeBufferPointer(start: p, count: n) where isControl(b) { found += 1 }
            }
            var i = 0
            // Eight bytes at a time: only a word holding a byte below 0x20 is looked at closely.
            while i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0 { countControls(base + i, 8) }
                i += 8
            }
            countControls(base + i, count - i)
            return found
        }
    }

    /// NUL or a control character other than tab, line feed, form feed, carriage return and escape.
    @inline(__always)
    private static func isControl(_ b: UInt8) -> Bool {
        b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0C && b != 0x0D && b != 0x1B
    }
    /// Whether the bytes hold nothing but white space (or a lone byte-order mark).
    static func isBlank(_ bytes: [UInt8]) -> Bool {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        return body.allSatisfy(\.isASCIIWhitespace)
    }

    /// Decides between HTML and text: the content first (a page saved as `.txt` is still HTML),
    /// then the file name extension.
    static func kind(of bytes: [UInt8], pathExtension: String) -> FileKind {
        if startsLikeHTML(bytes) { return .html }
        switch pathExtension {
        case "html", "htm", "xhtml", "shtml": return .html
        default: return .text
        }
    }

    /// What a file's bytes are read as (a table row never comes as a file of its own).
    enum FileKind {
        case html, text

        var documentKind: DocumentKind { self == .html ? .html : .text }
    }

    private static func startsLikeHTML(_ bytes: [UInt8]) -> Bool {
        var body = bytes.prefix(1024)[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let lowered = body.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
            .prefix(15).map(\.asciiLowercased)
        return lowered.starts(with: Array("<!doctype html".utf8)) || lowered.starts(with: Array("<html".utf8))
    }
}
