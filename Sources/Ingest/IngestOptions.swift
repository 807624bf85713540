/// Limits that keep one bad file from taking a batch down. Every one is configurable.
public struct IngestOptions: Sendable, Hashable, Codable {
    /// Largest file accepted, in bytes.
    public var maxBytes: Int
    /// Deepest element nesting accepted in HTML: an element with more open ancestors is refused
    /// (`too-deep`). The default is libxml2's own limit for the trees it builds.
    public var maxDepth: Int
    /// Longest time one file may take, in seconds (checked by the caller's `shouldContinue`).
    public var timeLimitSeconds: Double

    public static let defaults = IngestOptions(maxBytes: 50_000_000, maxDepth: 256, timeLimitSeconds: 60)

    public init(maxBytes: Int, maxDepth: Int, timeLimitSeconds: Double) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.timeLimitSeconds = timeLimitSeconds
    }
}
