/// Why a file could not be ingested. Each case has a stable reason code written to the diagnostics
/// file, so a nightly report can count them.
public enum IngestFailureReason: String, Codable, Sendable, Hashable, CaseIterable {
    /// The file could not be read (permissions, vanished, I/O error).
    case unreadable
    /// The file holds no bytes, or nothing but white space.
    case empty
    /// The bytes are not text (NUL bytes or control characters).
    case binary
    /// Not a regular file when opened (a named pipe, a device, a folder, or a symbolic link put in
    /// its place after the input folder was listed).
    case notRegularFile = "not-a-regular-file"
    /// The file is larger than the configured size limit.
    case tooLarge = "too-large"
    /// The HTML nests deeper than the configured depth limit.
    case tooDeep = "too-deep"
    /// libxml2 stopped before the end of the document (depth or text-node limit, or a fatal error).
    case truncated
    /// libxml2 returned no document at all.
    case parseFailed = "parse-failed"
    /// Processing took longer than the configured time limit.
    case timeout
    /// Parsing worked but left no text at all to keep.
    case noContent = "no-content"
    /// A table whose text columns are neither configured nor recognisable by their names.
    case unmappedTable = "unmapped-table"
}

/// A file that could not be ingested, with a reason a person can act on.
public struct IngestFailure: Error, Sendable, Hashable, CustomStringConvertible {
    public var reason: IngestFailureReason
    public var message: String

    public init(_ reason: IngestFailureReason, _ message: String) {
        self.reason = reason
        self.message = message
    }

    public var description: String { "\(reason.rawValue): \(message)" }
}

/// A note about a document that was ingested all the same (a declared charset that lied, no date).
public struct IngestWarning: Sendable, Hashable, Codable {
    public var code: String
    public var message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }
}
