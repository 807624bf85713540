import Foundation

/// One row of a consultation table, as the batch hands it to the ingestor: what the mapping
/// (``TableMapping``) picked out of it. Its canonical JSON (keys sorted) is the unit of work, and
/// its SHA-256 says whether the row changed since the last run. The row's line is not part of it:
/// a row moved down by a new one above it is the same row.
public struct TableRowContent: Codable, Sendable, Hashable {
    public struct Answer: Codable, Sendable, Hashable {
        public var question: String
        public var text: String
    }

    /// The table file's path relative to the input root.
    public var table: String
    /// The row's id: its id column, else `line-<N>`.
    public var row: String
    public var title: String?
    /// The date cell as written.
    public var date: String?
    public var postalCode: String?
    public var answers: [Answer]
    /// Every other column kept (docvars), by column name.
    public var metadata: [String: String]
    /// How the table's bytes were decoded (``Table/encoding``, ``Table/encodingSource``).
    public var encoding: String
    public var encodingSource: String

    enum CodingKeys: String, CodingKey {
        case table, row, title, date
        case postalCode = "postal_code"
        case answers, metadata, encoding
        case encodingSource = "encoding_source"
    }

    /// The path of the row's document: the table's path, `#`, the row id.
    public var documentPath: String { "\(table)#\(row)" }

    /// The row under `mapping`; nil when it has no answer at all (nothing to analyse).
    /// - Parameter encoding: how the table was decoded (name, source), for the row's document.
    public init?(_ row: Table.Row, mapping: TableMapping, table: String, encoding: (String, String) = ("utf-8", "utf-8-valid")) {
        self.table = table
        (self.encoding, encodingSource) = encoding
        let id = mapping.id.flatMap { row.values[$0]?.trimmingWhitespace }.flatMap { $0.isEmpty ? nil : $0 }
        self.row = id.map(Self.pathSafe) ?? "line-\(row.line)"
        title = mapping.title.flatMap { row.values[$0] }
        date = mapping.date.flatMap { row.values[$0] }
        postalCode = mapping.postalCode.flatMap { row.values[$0] }
        answers = mapping.text.compactMap { column in
            guard let text = row.values[column], !text.trimmingWhitespace.isEmpty else { return nil }
            return Answer(question: TableMapping.question(ofColumn: column), text: text)
        }
        let named = Set(mapping.namedColumns)
        metadata = row.values.filter { !named.contains($0.key) }
        if answers.isEmpty { return nil }
    }

    /// An id as it can stand in a path and a report: as it is when short and printable, else
    /// `id-` and the first 16 hex digits of its SHA-256 (still one id per value).
    static func pathSafe(_ id: String) -> String {
        let printable = id.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F && !DisplaySafe.isInvisible($0.value) && !$0.properties.isWhitespace || $0 == " " }
        guard id.utf8.count > maxIDBytes || !printable else { return id }
        return "id-" + String(ContentDigest.sha256(Array(id.utf8)).prefix(16))
    }

    static let maxIDBytes = 128

    /// Canonical bytes: JSON with sorted keys.
    public var canonicalBytes: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(self)) ?? Data())
    }
}
