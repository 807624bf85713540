import Crypto

/// SHA-256 digests, lowercase hex: file identities, corpus and lexicon digests.
public enum ContentDigest {
    public static func sha256<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        SHA256.hexDigest(of: bytes)
    }

    /// A digest fed piece by piece, for content never held whole.
    public struct Running {
        private var hasher = SHA256()

        public init() {}

        public mutating func update(_ bytes: UnsafeRawBufferPointer) {
            hasher.update(bufferPointer: bytes)
        }

        /// Lowercase hex, as ``ContentDigest/sha256(_:)`` gives for the same bytes.
        public func hex() -> String {
            hasher.finalize().map { byte in
                let hex = String(byte, radix: 16)
                return byte < 16 ? "0" + hex : hex
            }.joined()
        }
    }
}
