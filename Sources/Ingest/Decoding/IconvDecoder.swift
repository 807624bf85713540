#if canImport(Glibc)
import Glibc
#endif

/// Decodes bytes in a legacy encoding with glibc's iconv, as the WHATWG decoders do: a byte
/// sequence the encoding does not define costs one U+FFFD at that spot, and decoding goes on.
enum IconvDecoder {
    /// The text, and how many sequences were replaced.
    static func decode(_ bytes: some Collection<UInt8>, _ encoding: WebEncoding) -> (text: String, replaced: Int) {
        let input = Array(bytes)
        switch encoding.name {
        case "replacement":
            // The standard decodes any non-empty input to one U+FFFD: such labels guard against
            // encodings that smuggle markup (ISO-2022-KR, HZ).
            return input.isEmpty ? ("", 0) : ("\u{FFFD}", 1)
        case "x-user-defined":
            return (String(String.UnicodeScalarView(input.map { Unicode.Scalar($0 < 0x80 ? UInt32($0) : 0xF700 + UInt32($0))! })), 0)
        case "utf-8":
            return (String(decoding: input, as: UTF8.self), 0)
        default:
            break
        }
        guard let name = encoding.iconvName else { return (String(decoding: input, as: UTF8.self), 0) }
        let cd = iconv_open("UTF-8", name)
        guard cd != iconv_t(bitPattern: -1) else {
            // Every converter named in WebEncoding ships with glibc; a missing one is a broken
            // installation, not a property of the page.
            return (String(decoding: input, as: UTF8.self), input.count)
        }
        defer { iconv_close(cd) }
        var output: [UInt8] = []
        output.reserveCapacity(input.count + input.count / 2)
        var replaced = 0
        var chunk = [CChar](repeating: 0, count: 16_384)
        input.withUnsafeBufferPointer { buffer in
            var inPointer = UnsafeMutablePointer(mutating: buffer.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) })
            var inLeft = buffer.count
            while inLeft > 0 {
                let result: Int = chunk.withUnsafeMutableBufferPointer { out in
                    var outPointer: UnsafeMutablePointer<CChar>? = out.baseAddress
                    var outLeft = out.count
                    let r = iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft)
                    let written = out.count - outLeft
                    out.baseAddress!.withMemoryRebound(to: UInt8.self, capacity: written) {
                        output.append(contentsOf: UnsafeBufferPointer(start: $0, count: written))
                    }
                    return r == -1 ? Int(errno) : 0
                }
                if result == 0 || result == E2BIG { continue }
                // EILSEQ or EINVAL (truncated at the end): one undefined byte.
                let byte = UInt8(bitPattern: inPointer!.pointee)
                output.append(contentsOf: undefinedByte(byte, in: encoding))
                if encoding != .windows1252 || !windows1252Undefined.contains(byte) { replaced += 1 }
                inPointer = inPointer! + 1
                inLeft -= 1
                // Back to the initial shift state after a bad sequence (ISO-2022-JP).
                iconv(cd, nil, nil, nil, nil)
            }
        }
        return (String(decoding: output, as: UTF8.self), replaced)
    }

    /// windows-1252's five bytes that glibc leaves undefined and the standard maps to the C1
    /// control of the same value.
    private static let windows1252Undefined: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]

    private static func undefinedByte(_ byte: UInt8, in encoding: WebEncoding) -> [UInt8] {
        if encoding == .windows1252, windows1252Undefined.contains(byte) { return Array(String(Unicode.Scalar(byte)).utf8) }
        return [0xEF, 0xBF, 0xBD]
    }
}
