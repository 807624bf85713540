/// Limits that keep one bad file from taking a batch down. Every one is configurable.
public struct IngestOptions: Sendable, Hashable, Codable {
    /// Largest file accepted, in bytes.
    public var maxBytes: Int
    /// Deepest element nesting accepted in HTML. Above libxml2's own 256, its limits are lifted and
    /// this one is enforced instead.
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
