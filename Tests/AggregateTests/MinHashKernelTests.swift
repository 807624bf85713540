import CMinHash
import PropertyBased
import Testing

@testable import Aggregate

/// The C loop that signs documents must give, on whichever vector width the CPU picks, the
/// minima of the Swift definition (``StableHash/mix(_:)``): signatures, and so duplicate
/// decisions, cannot depend on the machine.
struct MinHashKernelTests {
    static func reference(seeds: [UInt64], shingles: [UInt64], start: [UInt64]) -> [UInt64] {
        var minima = start
        for s in shingles {
            for k in seeds.indices { minima[k] = min(minima[k], StableHash.mix(s ^ seeds[k])) }
        }
        return minima
    }

    static func kernel(seeds: [UInt64], shingles: [UInt64], start: [UInt64]) -> [UInt64] {
        var minima = start
        minima.withUnsafeMutableBufferPointer { m in
            seeds.withUnsafeBufferPointer { k in
                shingles.withUnsafeBufferPointer { s in
                    segur_minhash_update(m.baseAddress, k.baseAddress, k.count, s.baseAddress, s.count)
                }
            }
        }
        return minima
    }

    /// Any number of seeds (vector tails included), any shingles, minima already lowered or not.
    @Test func cLoopGivesTheSwiftMinima() async {
        await propertyCheck(count: 500, input: Gen.uint64().array(of: 0...70), Gen.uint64().array(of: 0...40), Gen.bool) { seeds, shingles, lowered in
            let start = seeds.map { lowered ? $0 >> 3 : .max }
            #expect(Self.kernel(seeds: seeds, shingles: shingles, start: start) == Self.reference(seeds: seeds, shingles: shingles, start: start))
        }
    }

    /// A whole signature (shingles chained from word hashes, 64 seeded minima) as the Swift
    /// definition gives it.
    @Test func signatureFollowsTheSwiftDefinition() {
        let signature = NearDuplicates.signature(wordHashes: (0..<40).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 })
        let reference = Self.reference(
            seeds: (0..<NearDuplicates.hashes).map { StableHash.mix(UInt64($0)) },
            shingles: (0...35).map { start in (start..<(start + 5)).reduce(UInt64(0x5eed)) { StableHash.mix($0 ^ (UInt64($1) &* 0x9E37_79B9_7F4A_7C15)) } },
            start: [UInt64](repeating: .max, count: NearDuplicates.hashes))
        #expect(signature == reference)
    }
}
