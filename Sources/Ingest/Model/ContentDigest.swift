import Crypto

/// SHA-256 digests, lowercase hex: file identities, corpus and lexicon digests.
public enum ContentDigest {
    public static func sha256<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        SHA256.hexDigest(of: bytes)
    }
}
