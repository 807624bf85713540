/// The single-byte Western European charsets French pages are found in.
///
/// windows-1252 is what browsers use for any page labelled ISO-8859-1 (WHATWG Encoding): its bytes
/// 0x80-0x9F carry €, ’, œ, Œ, … where ISO-8859-1 has C1 controls. Decoding such a page as
/// ISO-8859-1 (libxml2's default) loses exactly the characters French text needs.
enum SingleByteCharset: String, Sendable {
    case windows1252 = "windows-1252"
    case iso885915 = "iso-8859-15"

    /// windows-1252 bytes 0x80-0x9F. The five bytes the code page leaves undefined map to the C1
    /// control of the same value, as the WHATWG Encoding Standard does.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The eight positions where ISO-8859-15 differs from ISO-8859-1.
    private static let iso885915Changes: [UInt8: UInt32] = [
        0xA4: 0x20AC, 0xA6: 0x0160, 0xA8: 0x0161, 0xB4: 0x017D,
        0xB8: 0x017E, 0xBC: 0x0152, 0xBD: 0x0153, 0xBE: 0x0178,
    ]

    /// The Unicode scalar a byte stands for.
    func scalar(for byte: UInt8) -> Unicode.Scalar {
        let value: UInt32
        switch self {
        case .windows1252:
            value = (0x80...0x9F).contains(byte) ? Self.windows1252High[Int(byte - 0x80)] : UInt32(byte)
        case .iso885915:
            value = Self.iso885915Changes[byte] ?? UInt32(byte)
        }
        return Unicode.Scalar(value)!
    }

    /// Decodes every byte; single-byte charsets cannot fail.
    func decode(_ bytes: some Collection<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            scalars.append(scalar(for: byte))
        }
        return String(scalars)
    }
}
