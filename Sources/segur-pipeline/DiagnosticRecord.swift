import Ingest

/// One line of diagnostics.jsonl: a file that was quarantined (`error`), ingested with a note
/// (`warning`), or an entry of the input folder that was not read (``InputWalker/Reason``: `info`
/// for what is not a document, `warning` for what might have been one, `error` for a folder that
/// could not be listed).
struct DiagnosticRecord: Codable, Sendable, Hashable {
    enum Severity: String, Codable, Sendable {
        case error, warning, info
    }

    var path: String
    /// For a row of a table: the line it starts on. Absent otherwise.
    var line: Int?
    var severity: Severity
    var code: String
    var message: String

    static func quarantined(_ path: String, _ failure: IngestFailure) -> DiagnosticRecord {
        DiagnosticRecord(path: path, line: nil, severity: .error, code: failure.reason.rawValue, message: failure.message)
    }

    static func warning(_ path: String, _ warning: IngestWarning) -> DiagnosticRecord {
        DiagnosticRecord(path: path, line: nil, severity: .warning, code: warning.code, message: warning.message)
    }
}
