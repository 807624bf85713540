/// Text decoded from raw bytes, with how its encoding was chosen.
public struct DecodedText: Sendable, Hashable {
    public var text: String
    /// The WHATWG Encoding Standard's name of the encoding used (`utf-8`, `windows-1252`,
    /// `iso-8859-2`, `gbk`…).
    public var encoding: String
    /// Why: `bom`, `meta` (declared by the page, in its first 1024 bytes or later),
    /// `utf-8-valid`, `utf-8-repaired` (UTF-8 but for a few stray bytes), `detected` (uchardet) or
    /// `fallback` (windows-1252).
    public var source: String
    public var warnings: [IngestWarning]
}

/// Chooses an encoding and decodes, as a browser does: a byte-order mark first, then (HTML only) a
/// meta charset, in the first 1024 bytes or, for bytes that are not UTF-8, anywhere (the HTML
/// parser changes the encoding when it meets one late); then UTF-8, repaired when only a few bytes
/// are not; then uchardet's guess; else windows-1252. Labels resolve as in the WHATWG Encoding
/// Standard, and every encoding it defines is decoded by glibc's iconv.
///
/// One deliberate exception to "meta before UTF-8": a page that declares another charset but whose
/// bytes are valid UTF-8 *with* multi-byte sequences is decoded as UTF-8 (with a warning). Such a
/// page is a common publishing mistake, and honouring the label would turn every "é" into "Ã©";
/// the converse accident (real windows-1252 French that happens to be valid UTF-8) does not occur
/// in practice.
public enum TextDecoding {
    public static func decode(_ bytes: [UInt8], lookForMetaCharset: Bool) -> DecodedText {
        let choice = choose(bytes, lookForMetaCharset: lookForMetaCharset)
        let (text, warnings) = choice.decoded(bytes)
        return DecodedText(text: text, encoding: choice.encoding.name, source: choice.source, warnings: warnings)
    }

    /// The encoding ``decode(_:lookForMetaCharset:)`` would choose, without decoding: a page that
    /// is UTF-8 already is read as it is, never copied into a `String` first.
    static func choose(_ bytes: [UInt8], lookForMetaCharset: Bool) -> Choice {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Choice(.utf8AfterBOM, .utf8, "bom") }
        // UTF-32LE's mark starts with UTF-16LE's: looked for first.
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return Choice(.iconv(skip: 4), .utf32le, "bom") }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return Choice(.iconv(skip: 4), .utf32be, "bom") }
        if bytes.starts(with: [0xFF, 0xFE]) { return Choice(.iconv(skip: 2), .utf16le, "bom") }
        if bytes.starts(with: [0xFE, 0xFF]) { return Choice(.iconv(skip: 2), .utf16be, "bom") }
        let isUTF8 = bytes.withUnsafeBufferPointer(UTF8Validation.isValid)
        var warnings: [IngestWarning] = []
        if lookForMetaCharset, let label = MetaCharsetSniffer.label(in: bytes, window: isUTF8 ? 1024 : bytes.count) {
            switch WebEncoding(label: label).map(Self.asMetaDeclares) {
            case .utf8?:
                if isUTF8 { return Choice(.utf8, .utf8, "meta") }
                warnings.append(IngestWarning(code: "declared-charset-mismatch", message: "declares utf-8 but is not valid UTF-8"))
            case let declared?:
                if isUTF8, bytes.contains(where: { $0 >= 0x80 }) {
                    let message = "declares \(label) but is valid UTF-8 with non-ASCII text; decoded as UTF-8"
                    return Choice(.utf8, .utf8, "utf-8-valid", [IngestWarning(code: "declared-charset-mismatch", message: message)])
                }
                return Choice(.iconv(skip: 0), declared, "meta")
            case nil:
                warnings.append(IngestWarning(code: "unsupported-charset", message: "declares \(label), which no standard names; detecting instead"))
            }
        }
        if isUTF8 { return Choice(.utf8, .utf8, "utf-8-valid", warnings) }
        let census = bytes.withUnsafeBufferPointer(UTF8Validation.census)
        if census.multiByte > census.invalid {
            return Choice(.utf8Repaired(census.invalid), .utf8, "utf-8-repaired", warnings)
        }
        if let guess = CharsetDetector.guess(bytes), guess != .utf8 {
            return Choice(.iconv(skip: 0), guess, "detected", warnings)
        }
        return Choice(.iconv(skip: 0), .windows1252, "fallback", warnings)
    }

    /// A meta tag that declares UTF-16 means UTF-8 (the page could not have been read that far
    /// otherwise), and x-user-defined means windows-1252: the HTML standard's rules.
    private static func asMetaDeclares(_ encoding: WebEncoding) -> WebEncoding {
        switch encoding {
        case .utf16le, .utf16be: .utf8
        case .userDefined: .windows1252
        default: encoding
        }
    }

    /// An encoding chosen for some bytes, and why.
    struct Choice {
        enum Method {
            /// Valid UTF-8 from the first byte.
            case utf8
            /// UTF-8 after a byte-order mark (invalid bytes replaced).
            case utf8AfterBOM
            /// UTF-8 with this many stray bytes, each read as windows-1252.
            case utf8Repaired(Int)
            /// iconv (or the standard's own definition) after `skip` bytes of byte-order mark.
            case iconv(skip: Int)
        }

        var method: Method
        var encoding: WebEncoding
        var source: String
        var warnings: [IngestWarning] = []

        init(_ method: Method, _ encoding: WebEncoding, _ source: String, _ warnings: [IngestWarning] = []) {
            (self.method, self.encoding, self.source, self.warnings) = (method, encoding, source, warnings)
        }

        /// The text, and the warnings with those that decoding itself raised.
        func decoded(_ bytes: [UInt8]) -> (String, [IngestWarning]) {
            switch method {
            case .utf8: return (String(decoding: bytes, as: UTF8.self), warnings)
            case .utf8AfterBOM: return (String(decoding: bytes.dropFirst(3), as: UTF8.self), warnings)
            case .utf8Repaired(let count):
                let text = bytes.withUnsafeBufferPointer(UTF8Validation.repaired)
                let message = "valid UTF-8 but for \(count) stray byte\(count == 1 ? "" : "s"), read as windows-1252"
                return (text, warnings + [IngestWarning(code: "utf-8-repaired", message: message)])
            case .iconv(let skip):
                let (text, replaced) = IconvDecoder.decode(bytes.dropFirst(skip), encoding)
                guard replaced > 0 else { return (text, warnings) }
                let message = "\(replaced) byte sequence\(replaced == 1 ? "" : "s") undefined in \(encoding.name), replaced with U+FFFD"
                return (text, warnings + [IngestWarning(code: "undecodable-bytes", message: message)])
            }
        }

        /// The bytes as UTF-8, and the warnings: the same bytes when they are valid UTF-8 already.
        func utf8(of bytes: [UInt8]) -> ([UInt8], [IngestWarning]) {
            if case .utf8 = method { return (bytes, warnings) }
            let (text, all) = decoded(bytes)
            return (Array(text.utf8), all)
        }
    }
}
