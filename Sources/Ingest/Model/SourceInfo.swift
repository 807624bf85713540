import Crypto

/// Where a document's bytes came from, as the caller describes it. Ingest never opens files itself.
public struct SourceInfo: Sendable, Hashable {
    /// Path relative to the input root, with `/` separators.
    public var relativePath: String

    public init(relativePath: String) {
        self.relativePath = relativePath
    }

    /// The file name extension, lowercased, without the dot.
    public var pathExtension: String {
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
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
        return hasher.finalize().map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
