import Foundation

/// Text runs from libxml2 with U+0080-U+009F read as windows-1252.
///
/// The HTML standard maps the numeric references `&#128;`-`&#159;` to the characters windows-1252
/// puts there (`&#128;` is €, `&#150;` is –, `&#146;` is ’), as every browser does; libxml2 gives
/// the C1 control characters instead. A raw C1 character in a page is a decoding accident of the
/// same kind and is read the same way.
enum C1Text {
    /// The run rewritten, or nil when it holds no C1 character (the usual case: one `memchr` for
    /// the lead byte 0xC2, which also starts NBSP, `«` and `°`).
    static func asWindows1252(_ run: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let base = run.baseAddress, hasC1(base, run.count) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(run.count + 8)
        var i = 0
        while i < run.count {
            if base[i] == 0xC2, i + 1 < run.count, (0x80...0x9F).contains(base[i + 1]) {
                out.append(contentsOf: String(Windows1252.scalar(for: base[i + 1])).utf8)
                i += 2
            } else {
                out.append(base[i])
                i += 1
            }
        }
        return out
    }

    private static func hasC1(_ base: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var from = 0
        while from < count, let hit = memchr(base + from, 0xC2, count - from) {
            let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if i + 1 < count, (0x80...0x9F).contains(base[i + 1]) { return true }
            from = i + 1
        }
        return false
    }
}
