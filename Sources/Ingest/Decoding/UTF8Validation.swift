/// Whether bytes are well-formed UTF-8 (Unicode 15, table 3-7: no overlong forms, no surrogates,
/// nothing above U+10FFFF), without making a `String` of them.
///
/// French HTML is mostly ASCII: eight bytes are checked at a time until a byte at or above 0x80
/// turns up, then that one sequence is checked alone. The standard library's validation reads
/// every byte on its own, which made it about 1.5 % of a run's instructions.
enum UTF8Validation {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let n = bytes.count
        var i = 0
        while i < n {
            if i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let b0 = base[i]
            if b0 < 0x80 {
                i += 1
                continue
            }
            guard let length = sequenceLength(base, i, n) else { return false }
            i += length
        }
        return true
    }

    /// How many well-formed multi-byte sequences the bytes hold, and how many bytes belong to none.
    static func census(_ bytes: UnsafeBufferPointer<UInt8>) -> (multiByte: Int, invalid: Int) {
        var (multiByte, invalid) = (0, 0)
        forEachRun(bytes) { _, length in
            if length > 1 { multiByte += 1 } else if length == 0 { invalid += 1 }
        }
        return (multiByte, invalid)
    }

    /// The text, with each byte that belongs to no well-formed sequence read as windows-1252: a
    /// UTF-8 page with a few stray windows-1252 bytes (`ü` written as 0xFC) keeps every other
    /// character.
    static func repaired(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        forEachRun(bytes) { i, length in
            if length > 0 {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]))
            } else {
                out.append(contentsOf: String(Windows1252.scalar(for: bytes[i])).utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Calls `body(start, length)` for each ASCII byte (length 1), well-formed sequence (2-4) and
    /// invalid byte (length 0), in order.
    private static func forEachRun(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
        guard let base = bytes.baseAddress else { return }
        var i = 0
        while i < bytes.count {
            if base[i] < 0x80 {
                body(i, 1)
                i += 1
            } else if let length = sequenceLength(base, i, bytes.count) {
                body(i, length)
                i += length
            } else {
                body(i, 0)
                i += 1
            }
        }
    }

    /// The length of the well-formed multi-byte sequence at `i` (lead byte at or above 0x80), nil
    /// when it is not one.
    @inline(__always)
    private static func sequenceLength(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> Int? {
        func continuation(_ k: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool { k < n && range.contains(p[k]) }
        switch p[i] {
        case 0xC2...0xDF:
            return continuation(i + 1) ? 2 : nil
        case 0xE0:
            return continuation(i + 1, 0xA0...0xBF) && continuation(i + 2) ? 3 : nil
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(i + 1) && continuation(i + 2) ? 3 : nil
        case 0xED:
            return continuation(i + 1, 0x80...0x9F) && continuation(i + 2) ? 3 : nil
        case 0xF0:
            return continuation(i + 1, 0x90...0xBF) && continuation(i + 2) && continuation(i + 3) ? 4 : nil
        case 0xF1...0xF3:
            return continuation(i + 1) && continuation(i + 2) && continuation(i + 3) ? 4 : nil
        case 0xF4:
            return continuation(i + 1, 0x80...0x8F) && continuation(i + 2) && continuation(i + 3) ? 4 : nil
        default:
            return nil
        }
    }
}
