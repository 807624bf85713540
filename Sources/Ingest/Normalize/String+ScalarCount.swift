extension String {
    /// `unicodeScalars.count`, counted on the UTF-8 bytes eight at a time: the bytes that do not
    /// continue a sequence (a string's UTF-8 is always valid, so each starts one scalar). The
    /// standard library steps through the scalars one by one.
    var scalarCount: Int {
        var copy = self
        return copy.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return 0 }
            var continuations = 0
            var i = 0
            while i + 8 <= bytes.count {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                // Bit 7 set and bit 6 clear: a continuation byte (10xxxxxx).
                continuations += (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                i += 8
            }
            while i < bytes.count {
                if base[i] & 0xC0 == 0x80 { continuations += 1 }
                i += 1
            }
            return bytes.count - continuations
        }
    }
}
