extension StringProtocol {
    /// The string without leading and trailing white space (NBSP included).
    public var trimmingWhitespace: String {
        let scalars = Substring(self).unicodeScalars
        var a = scalars.startIndex
        var b = scalars.endIndex
        while a < b, scalars[a].properties.isWhitespace { a = scalars.index(after: a) }
        while a < b {
            let last = scalars.index(before: b)
            guard scalars[last].properties.isWhitespace else { break }
            b = last
        }
        return String(Substring(scalars[a..<b]))
    }
}

extension StringProtocol {
    /// Whether `needle`'s UTF-8 bytes occur in this string's: a byte search, without Foundation's
    /// bridging (for ASCII needles, the same answer as `contains`).
    func utf8Contains(_ needle: String) -> Bool {
        let bytes = utf8.withContiguousStorageIfAvailable { Array($0) } ?? Array(utf8)
        return bytes.utf8Contains(Array(needle.utf8))
    }
}

extension UInt8 {
    /// A-Z folded to a-z; every other byte as it is.
    @inline(__always)
    var asciiLowercased: UInt8 { (0x41...0x5A).contains(self) ? self | 0x20 : self }

    /// ASCII white space as HTML and the WHATWG standards define it: space, tab, LF, FF, CR.
    @inline(__always)
    var isASCIIWhitespace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0C || self == 0x0D }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs in these bytes.
    func utf8Contains(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= count else { return false }
        let first = needle[0]
        for i in 0...(count - needle.count) where self[i] == first {
            var j = 1
            while j < needle.count && self[i + j] == needle[j] { j += 1 }
            if j == needle.count { return true }
        }
        return false
    }
}
