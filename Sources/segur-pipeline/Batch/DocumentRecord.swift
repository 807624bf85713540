import Foundation
import GRDB

/// One input file's row in the state database: what it was, what became of it, and the stage
/// results that let an unchanged file skip ingest and classify.
struct DocumentRecord: Codable, FetchableRecord, TableRecord, Equatable {
    static let databaseTableName = "documents"

    enum Status: String, Codable {
        case ingested, quarantined
    }

    var path: InputPath
    var sha256: String
    var size: Int
    /// The tool version and ingest options the row was produced with; either changing re-ingests.
    var toolVersion: String
    var optionsDigest: String
    var status: Status
    var reason: String?
    var message: String?
    /// JSON of the ingest warnings.
    var warnings: Data?
    /// JSON of the `Document`.
    var document: Data?
    /// The lexicon the classification was made with; a different one reclassifies.
    var lexiconDigest: String?
    /// The `ClassifiedPassage`s as JSON Lines, exactly as in classified.jsonl.
    var classified: Data?
    /// Run numbers of the last ingest and classification of this file.
    var ingestedRun: Int
    var classifiedRun: Int?
    /// The file's ``FileStamp`` when its bytes were last hashed, if it could be trusted then.
    var stamp: String?

    /// Every column but the stage results (they decode as nil).
    static var summaryColumns: [any SQLSelectable] {
        CodingKeys.allCases.filter { ![.warnings, .document, .classified].contains($0) }
    }

    enum CodingKeys: String, CodingKey, ColumnExpression, CaseIterable {
        case path, sha256, size
        case toolVersion = "tool_version"
        case optionsDigest = "options_digest"
        case status, reason, message, warnings, document
        case lexiconDigest = "lexicon_digest"
        case classified
        case ingestedRun = "ingested_run"
        case classifiedRun = "classified_run"
        case stamp
    }

    /// Failures that may not happen again on the same bytes: such files are retried every run.
    static let retriedReasons: Set<String> = ["timeout", "unreadable"]
}

// Rows are read and written column by column: GRDB's Codable bridge costs several times more per
// row, and every run reads or writes a row per input file.
extension DocumentRecord {
    init(row: Row) throws {
        path = row[CodingKeys.path.rawValue]
        sha256 = row[CodingKeys.sha256.rawValue]
        size = row[CodingKeys.size.rawValue]
        toolVersion = row[CodingKeys.toolVersion.rawValue]
        optionsDigest = row[CodingKeys.optionsDigest.rawValue]
        let rawStatus: String = row[CodingKeys.status.rawValue]
        guard let status = Status(rawValue: rawStatus) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "unknown status '\(rawStatus)' for \(path)")
        }
        self.status = status
        reason = row[CodingKeys.reason.rawValue]
        message = row[CodingKeys.message.rawValue]
        // Columns left out of a summary select read as nil.
        warnings = row[CodingKeys.warnings.rawValue]
        document = row[CodingKeys.document.rawValue]
        lexiconDigest = row[CodingKeys.lexiconDigest.rawValue]
        classified = row[CodingKeys.classified.rawValue]
        ingestedRun = row[CodingKeys.ingestedRun.rawValue]
        classifiedRun = row[CodingKeys.classifiedRun.rawValue]
        stamp = row[CodingKeys.stamp.rawValue]
    }

    /// The value of one column.
    func value(of key: CodingKeys) -> (any DatabaseValueConvertible)? {
        switch key {
        case .path: path
        case .sha256: sha256
        case .size: size
        case .toolVersion: toolVersion
        case .optionsDigest: optionsDigest
        case .status: status.rawValue
        case .reason: reason
        case .message: message
        case .warnings: warnings
        case .document: document
        case .lexiconDigest: lexiconDigest
        case .classified: classified
        case .ingestedRun: ingestedRun
        case .classifiedRun: classifiedRun
        case .stamp: stamp
        }
    }

    /// Replaces the row, every column given: GRDB's `insert(_:onConflict:)` built its statement and
    /// a container of the values for each row (about 110,000 instructions a row, more than SQLite's
    /// own work for the row's 15 KB).
    static let replaceSQL = """
        INSERT OR REPLACE INTO \(databaseTableName) (\(CodingKeys.allCases.map(\.rawValue).joined(separator: ", "))) \
        VALUES (\(CodingKeys.allCases.map { _ in "?" }.joined(separator: ", ")))
        """

    /// The arguments of ``replaceSQL``, in its column order.
    var replaceArguments: StatementArguments {
        StatementArguments(CodingKeys.allCases.map { value(of: $0) })
    }
}
