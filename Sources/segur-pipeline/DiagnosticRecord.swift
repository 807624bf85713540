import Ingest

/// One line of diagnostics.jsonl: a file that was quarantined (`error`), ingested with a note
/// (`warning`) or not read because it is not a document (`info`).
struct DiagnosticRecord: Codable, Sendable, Hashable {
    enum Severity: String, Codable, Sendable {
        case error, warning, info
    }

    var path: String
    var severity: Severity
    var code: String
    var message: String

    static func quarantined(_ path: String, _ failure: IngestFailure) -> DiagnosticRecord {
        DiagnosticRecord(path: path, severity: .error, code: failure.reason.rawValue, message: failure.message)
    }

    static func skipped(_ path: String) -> DiagnosticRecord {
        DiagnosticRecord(path: path, severity: .info, code: "skipped", message: "not a document type (.html, .htm, .txt, .md)")
    }

    static func warning(_ path: String, _ warning: IngestWarning) -> DiagnosticRecord {
        DiagnosticRecord(path: path, severity: .warning, code: warning.code, message: warning.message)
    }
}
