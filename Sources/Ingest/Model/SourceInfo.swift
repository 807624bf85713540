import Crypto

/// Where a document's bytes came from, as the caller describes it. Ingest never opens files itself.
public struct SourceInfo: Sendable, Hashable {
    /// Path relative to the input root, with `/` separators.
    public var relativePath: String

    public init(relativePath: String) {
        self.relativePath = relativePath
    }

    /// The file name extension, lowercased, without the dot (ASCII letters only are lowercased:
    /// the extensions that mean something here are ASCII).
    public var pathExtension: String {
        let bytes = Array(relativePath.utf8)
        let nameStart = (bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot > nameStart else { return "" }
        return String(decoding: bytes[(dot + 1)...].map(\.asciiLowercased), as: UTF8.self)
    }

    /// A stable document id: `doc-` and the first 16 hex digits of the SHA-256 of the relative path.
    public var documentID: String {
        "doc-" + String(SHA256.hexDigest(of: Array(relativePath.utf8)).prefix(16))
    }
}

extension SHA256 {
    /// Lowercase hex SHA-256 of `bytes`.
    static func hexDigest<Bytes: Sequence<UInt8>>(of bytes: Bytes) -> String {
        var hasher = SHA256()
        hasher.update(data: Array(bytes))
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in hasher.finalize() {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
