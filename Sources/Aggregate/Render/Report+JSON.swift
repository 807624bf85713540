import Foundation

extension Report {
    /// findings.json: sorted keys, pretty-printed, so the same report is the same bytes. Characters
    /// a reader cannot see and that change what is shown (C1 controls, bidi controls, line and
    /// paragraph separators) are written as `\uXXXX` escapes: the same strings, visible.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return Self.escapingInvisibles(try encoder.encode(self)) + Data("\n".utf8)
    }

    public static func decode(_ data: Data) throws -> Report {
        try JSONDecoder().decode(Report.self, from: data)
    }

    /// JSON text with the UTF-8 of U+0080–U+009F, U+061C, U+200E–F, U+2028–E and U+2066–9 replaced
    /// by `\u` escapes. Such characters can only stand inside strings (JSON's own syntax is
    /// ASCII), so the result decodes to the same values.
    static func escapingInvisibles(_ json: Data) -> Data {
        func invisible(_ b: [UInt8], _ i: Int) -> (length: Int, scalar: UInt32)? {
            let b0 = b[i]
            if b0 == 0xC2, i + 1 < b.count, (0x80...0x9F).contains(b[i + 1]) { return (2, UInt32(b[i + 1])) }
            if b0 == 0xD8, i + 1 < b.count, b[i + 1] == 0x9C { return (2, 0x061C) }
            guard b0 == 0xE2, i + 2 < b.count else { return nil }
            let v = 0x2000 + (UInt32(b[i + 1] & 0x3F) << 6) + UInt32(b[i + 2] & 0x3F)
            let hit = (b[i + 1] == 0x80 && [0x8E, 0x8F, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE].contains(b[i + 2]))
                || (b[i + 1] == 0x81 && (0xA6...0xA9).contains(b[i + 2]))
            return hit ? (3, v) : nil
        }
        let bytes = [UInt8](json)
        guard bytes.contains(where: { $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2 }) else { return json }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if let (length, scalar) = invisible(bytes, i) {
                let hex = String(scalar, radix: 16)
                out += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                i += length
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return Data(out)
    }
}
