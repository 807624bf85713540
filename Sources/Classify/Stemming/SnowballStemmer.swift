import CStemmer

/// Snowball's French stemmer (libstemmer), with a word → stem cache.
///
/// A libstemmer instance is not thread-safe: give each worker its own. Stemming the same word again
/// costs one dictionary lookup.
public final class SnowballStemmer {
    private let stemmer: OpaquePointer
    private var cache: [String: String] = [:]
    /// Cached stems kept at most; the cache is cleared when full (French text reuses a small
    /// vocabulary, so a full cache is rare).
    public static let cacheLimit = 200_000

    public init() {
        guard let s = sb_stemmer_new("french", "UTF_8") else {
            fatalError("libstemmer has no French stemmer: the libstemmer-dev installation is broken")
        }
        stemmer = s
    }

    deinit { sb_stemmer_delete(stemmer) }

    /// The Snowball stem of a lowercase word.
    public func stem(_ word: String) -> String {
        if let cached = cache[word] { return cached }
        let result = uncachedStem(word)
        if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[word] = result
        return result
    }

    func uncachedStem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            guard let out = sb_stemmer_stem(stemmer, buffer.baseAddress, Int32(buffer.count)) else { return word }
            let length = Int(sb_stemmer_length(stemmer))
            return String(decoding: UnsafeBufferPointer(start: out, count: length), as: UTF8.self)
        }
    }
}
