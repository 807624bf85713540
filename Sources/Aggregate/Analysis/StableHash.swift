import Ingest

/// Hashes that are the same in every process and on every machine (Swift's `Hasher` is seeded
/// per process, so it cannot decide anything that must be reproducible).
enum StableHash {
    /// FNV-1a, 64 bits.
    static func fnv1a<S: Sequence<UInt8>>(_ bytes: S) -> UInt64 { WordHash.fnv1a(bytes) }

    /// SplitMix64's finaliser: spreads a seed into an independent-looking 64-bit value.
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
