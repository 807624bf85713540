import CMinHash
import Ingest

/// Finds documents that say the same thing (a press release published on several pages) with
/// MinHash signatures of word 5-shingles and locality-sensitive hashing.
///
/// - Complexity: O(n · k) to sign n documents with k hashes, plus the candidate pairs that share a
///   band (few for distinct documents), instead of comparing every pair.
public struct NearDuplicates: Sendable {
    public static let hashes = 64
    public static let bands = 16
    public static let shingleSize = 5
    /// Estimated Jaccard similarity from which two documents count as one.
    public var threshold: Double = 0.8

    public init(threshold: Double = 0.8) { self.threshold = threshold }

    /// A document's signature: the folded words of its scorable passages (not its headings,
    /// bylines and attendance lists). Per document, so that workers can compute it in parallel.
    public static func signature(of document: Document) -> [UInt64] {
        signature(wordHashes: document.passages.filter { $0.role.isScorable }.flatMap { FrenchNormalizer.foldedWordHashes($0.text) })
    }

    /// The MinHash signature of a text's folded words.
    public static func signature(words: [String]) -> [UInt64] {
        signature(wordHashes: words.map { StableHash.fnv1a($0.utf8) })
    }

    /// The signature from the words' FNV-1a hashes (``FrenchNormalizer/foldedWordHashes(_:)``).
    public static func signature(wordHashes: [UInt64]) -> [UInt64] {
        // A shingle's hash chains its words' hashes, so no shingle string is ever built.
        func shingle(_ range: Range<Int>) -> UInt64 { wordHashes[range].reduce(0x5eed) { StableHash.mix($0 ^ $1) } }
        let shingles = wordHashes.count <= shingleSize
            ? [shingle(0..<wordHashes.count)]
            : (0...(wordHashes.count - shingleSize)).map { shingle($0..<($0 + shingleSize)) }
        var minima = [UInt64](repeating: .max, count: hashes)
        minima.withUnsafeMutableBufferPointer { minima in
            seeds.withUnsafeBufferPointer { seeds in
                shingles.withUnsafeBufferPointer { shingles in
                    segur_minhash_update(minima.baseAddress, seeds.baseAddress, hashes, shingles.baseAddress, shingles.count)
                }
            }
        }
        return minima
    }

    private static let seeds = (0..<hashes).map { StableHash.mix(UInt64($0)) }

    static func similarity(_ a: [UInt64], _ b: [UInt64]) -> Double {
        // Counted in place, no array: this runs once per candidate pair, and a consultation of
        // similar answers has millions of them.
        var same = 0
        for i in 0..<min(a.count, b.count) where a[i] == b[i] { same += 1 }
        return Double(same) / Double(hashes)
    }

    /// Groups of near-duplicate documents. Each group keeps the document that comes first by
    /// `precedes` (the earliest, then by path); the others are dropped.
    public func groups(_ signatures: [(id: String, signature: [UInt64])], precedes: (String, String) -> Bool) -> [(kept: String, dropped: [String], similarity: Double)] {
        precondition(Self.hashes / Self.bands == 4, "BandKey holds four rows a band")
        var parent = Array(signatures.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { i = parent[i] }
            return i
        }
        var lowest: [Int: Double] = [:]
        // Identical signatures (a text copied by many, a campaign) are one group at once, and
        // only the first of each takes part in the band search: a bucket holding thousands of
        // copies would otherwise cost a comparison per pair of them. Any other document meets the
        // copies in the same buckets as their first one, at the same similarity.
        var firstWith: [[UInt64]: Int] = [:]
        var representatives: [Int] = []
        for (i, s) in signatures.enumerated() {
            if let first = firstWith[s.signature] {
                parent[i] = first
            } else {
                firstWith[s.signature] = i
                representatives.append(i)
            }
        }
        // Each pair is compared once, whatever the number of bands it shares: a pair is one
        // integer (members come in ascending order), and a band's rows are one fixed-size key,
        // not an array to allocate and hash.
        var seen = Set<Int>()
        for band in 0..<Self.bands {
            var buckets: [BandKey: [Int]] = [:]
            for i in representatives {
                buckets[BandKey(signatures[i].signature, band: band), default: []].append(i)
            }
            for members in buckets.values where members.count > 1 {
                for a in members.indices {
                    for b in members.indices where b > a {
                        let (x, y) = (members[a], members[b])
                        guard seen.insert(x * signatures.count + y).inserted else { continue }
                        let sim = Self.similarity(signatures[x].signature, signatures[y].signature)
                        guard sim >= threshold else { continue }
                        let (ra, rb) = (root(x), root(y))
                        let merged = min(lowest[ra] ?? 1, lowest[rb] ?? 1, sim)
                        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
                        lowest[root(x)] = merged
                    }
                }
            }
        }
        var clusters: [Int: [String]] = [:]
        for i in signatures.indices { clusters[root(i), default: []].append(signatures[i].id) }
        return clusters.filter { $0.value.count > 1 }.map { r, ids in
            let ordered = ids.sorted(by: precedes)
            return (ordered[0], Array(ordered.dropFirst()), ((lowest[r] ?? 1) * 1000).rounded() / 1000)
        }.sorted { $0.kept < $1.kept }
    }
}

/// The rows of one band of a signature (``NearDuplicates/hashes`` / ``NearDuplicates/bands`` = 4).
private struct BandKey: Hashable {
    var rows: (UInt64, UInt64, UInt64, UInt64)

    init(_ signature: [UInt64], band: Int) {
        let start = band * 4
        rows = (signature[start], signature[start + 1], signature[start + 2], signature[start + 3])
    }

    static func == (a: BandKey, b: BandKey) -> Bool { a.rows == b.rows }

    func hash(into hasher: inout Hasher) {
        hasher.combine(rows.0)
        hasher.combine(rows.1)
        hasher.combine(rows.2)
        hasher.combine(rows.3)
    }
}
