/// Text decoded from raw bytes, with how its encoding was chosen.
public struct DecodedText: Sendable, Hashable {
    public var text: String
    /// `utf-8`, `utf-16le`, `utf-16be`, `windows-1252` or `iso-8859-15`.
    public var encoding: String
    /// `bom`, `meta`, `utf-8-valid` or `fallback`.
    public var source: String
    public var warnings: [IngestWarning]
}

/// Chooses an encoding and decodes: a byte-order mark first, then (HTML only) a meta charset in the
/// first 1024 bytes, then valid UTF-8, else windows-1252.
///
/// One deliberate exception to "meta before UTF-8": a page that declares a single-byte charset but
/// whose bytes are valid UTF-8 *with* multi-byte sequences is decoded as UTF-8 (with a warning).
/// Such a page is a common publishing mistake, and honouring the label would turn every "é" into
/// "Ã©"; the converse accident (real windows-1252 French that happens to be valid UTF-8) does not
/// occur in practice.
public enum TextDecoding {
    public static func decode(_ bytes: [UInt8], lookForMetaCharset: Bool) -> DecodedText {
        if let bom = decodeWithBOM(bytes) { return bom }
        let utf8 = String(validating: bytes, as: UTF8.self)
        var warnings: [IngestWarning] = []
        if lookForMetaCharset, let label = MetaCharsetSniffer.label(in: bytes) {
            switch DeclaredCharset(label: label) {
            case .utf8:
                if let utf8 { return DecodedText(text: utf8, encoding: "utf-8", source: "meta", warnings: []) }
                warnings.append(
                    IngestWarning(
                        code: "declared-charset-mismatch",
                        message: "declares utf-8 but is not valid UTF-8; decoded as windows-1252"))
            case .singleByte(let charset):
                if let utf8, bytes.contains(where: { $0 >= 0x80 }) {
                    let message = "declares \(label) but is valid UTF-8 with non-ASCII text; decoded as UTF-8"
                    return DecodedText(
                        text: utf8, encoding: "utf-8", source: "utf-8-valid",
                        warnings: [IngestWarning(code: "declared-charset-mismatch", message: message)])
                }
                return DecodedText(text: charset.decode(bytes), encoding: charset.rawValue, source: "meta", warnings: [])
            case .unsupported(let name):
                warnings.append(
                    IngestWarning(code: "unsupported-charset", message: "declares \(name), which is not supported; detecting instead"))
            }
        }
        if let utf8 { return DecodedText(text: utf8, encoding: "utf-8", source: "utf-8-valid", warnings: warnings) }
        let text = SingleByteCharset.windows1252.decode(bytes)
        return DecodedText(text: text, encoding: "windows-1252", source: "fallback", warnings: warnings)
    }

    private static func decodeWithBOM(_ bytes: [UInt8]) -> DecodedText? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
            return DecodedText(text: text, encoding: "utf-8", source: "bom", warnings: [])
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return DecodedText(text: utf16(bytes.dropFirst(2), littleEndian: true), encoding: "utf-16le", source: "bom", warnings: [])
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return DecodedText(text: utf16(bytes.dropFirst(2), littleEndian: false), encoding: "utf-16be", source: "bom", warnings: [])
        }
        return nil
    }

    static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
