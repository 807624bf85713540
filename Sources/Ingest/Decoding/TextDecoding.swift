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
        let choice = choose(bytes, lookForMetaCharset: lookForMetaCharset)
        return DecodedText(text: choice.text(of: bytes), encoding: choice.encoding, source: choice.source, warnings: choice.warnings)
    }

    /// The encoding ``decode(_:lookForMetaCharset:)`` would choose, without decoding: a page that
    /// is UTF-8 already is read as it is, never copied into a `String` first.
    static func choose(_ bytes: [UInt8], lookForMetaCharset: Bool) -> Choice {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Choice(.utf8AfterBOM, "utf-8", "bom") }
        if bytes.starts(with: [0xFF, 0xFE]) { return Choice(.utf16(littleEndian: true), "utf-16le", "bom") }
        if bytes.starts(with: [0xFE, 0xFF]) { return Choice(.utf16(littleEndian: false), "utf-16be", "bom") }
        let isUTF8 = bytes.withUnsafeBufferPointer(UTF8Validation.isValid)
        var warnings: [IngestWarning] = []
        if lookForMetaCharset, let label = MetaCharsetSniffer.label(in: bytes) {
            switch DeclaredCharset(label: label) {
            case .utf8:
                if isUTF8 { return Choice(.utf8, "utf-8", "meta") }
                warnings.append(
                    IngestWarning(
                        code: "declared-charset-mismatch",
                        message: "declares utf-8 but is not valid UTF-8; decoded as windows-1252"))
            case .singleByte(let charset):
                if isUTF8, bytes.contains(where: { $0 >= 0x80 }) {
                    let message = "declares \(label) but is valid UTF-8 with non-ASCII text; decoded as UTF-8"
                    return Choice(.utf8, "utf-8", "utf-8-valid", [IngestWarning(code: "declared-charset-mismatch", message: message)])
                }
                return Choice(.singleByte(charset), charset.rawValue, "meta")
            case .unsupported(let name):
                warnings.append(
                    IngestWarning(code: "unsupported-charset", message: "declares \(name), which is not supported; detecting instead"))
            }
        }
        if isUTF8 { return Choice(.utf8, "utf-8", "utf-8-valid", warnings) }
        return Choice(.singleByte(.windows1252), "windows-1252", "fallback", warnings)
    }

    /// An encoding chosen for some bytes, and why.
    struct Choice {
        enum Charset {
            /// Valid UTF-8 from the first byte.
            case utf8
            /// UTF-8 after a byte-order mark (repaired where it is not valid).
            case utf8AfterBOM
            case utf16(littleEndian: Bool)
            case singleByte(SingleByteCharset)
        }

        var charset: Charset
        var encoding: String
        var source: String
        var warnings: [IngestWarning] = []

        init(_ charset: Charset, _ encoding: String, _ source: String, _ warnings: [IngestWarning] = []) {
            (self.charset, self.encoding, self.source, self.warnings) = (charset, encoding, source, warnings)
        }

        func text(of bytes: [UInt8]) -> String {
            switch charset {
            case .utf8: String(decoding: bytes, as: UTF8.self)
            case .utf8AfterBOM: String(decoding: bytes.dropFirst(3), as: UTF8.self)
            case .utf16(let littleEndian): TextDecoding.utf16(bytes.dropFirst(2), littleEndian: littleEndian)
            case .singleByte(let charset): charset.decode(bytes)
            }
        }

        /// The bytes as UTF-8: the same bytes when they are valid UTF-8 already.
        func utf8(of bytes: [UInt8]) -> [UInt8] {
            if case .utf8 = charset { return bytes }
            return Array(text(of: bytes).utf8)
        }
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
