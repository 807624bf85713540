import Foundation

/// A consultation export read as a table: its columns, in order, and its rows, each a value per
/// column with the line it starts on. Read from `.csv`, `.tsv`, `.jsonl` and `.json` (an array of
/// objects); the JSON exports of Cap Collectif (`responses: [{questionId, questionTitle, value,
/// formattedValue}]`) give the same columns as its CSV (`Q<questionId> - <questionTitle>`).
public struct Table: Sendable {
    public enum Format: String, Sendable, Codable {
        case csv, tsv, jsonl, json

        public init?(pathExtension: String) {
            switch pathExtension {
            case "csv": self = .csv
            case "tsv", "tab": self = .tsv
            case "jsonl", "ndjson": self = .jsonl
            case "json": self = .json
            default: return nil
            }
        }
    }

    public struct Row: Sendable, Hashable {
        /// 1-based line the row starts on (for `.json`, the line of the array element's start).
        public var line: Int
        /// Values by column; a column the row lacks is absent.
        public var values: [String: String]
    }

    /// A row that could not be read: listed in the diagnostics with its line, the others go on.
    public struct BadRow: Sendable, Hashable {
        public var line: Int
        public var code: String
        public var message: String
    }

    public var format: Format
    public var columns: [String]
    public var rows: [Row]
    public var badRows: [BadRow]
    /// How the bytes were decoded (``DecodedText/encoding`` and ``DecodedText/source``).
    public var encoding: String
    public var encodingSource: String
    public var warnings: [IngestWarning]

    /// - Parameters:
    ///   - delimiter: for CSV, the delimiter when the caller knows it (else sniffed from the header).
    ///   - encoding: a WHATWG label when the caller knows it (else chosen as for a text file).
    /// - Throws: ``IngestFailure`` when the bytes cannot be read as a table at all (empty, binary,
    ///   no header, JSON that is not objects).
    public static func read(
        _ bytes: [UInt8], format: Format, delimiter: UInt8? = nil, encoding: String? = nil
    ) throws(IngestFailure) -> Table {
        if bytes.isEmpty || ContentSniffer.isBlank(bytes) { throw IngestFailure(.empty, "the file holds no text") }
        if let kind = ContentSniffer.binaryFormat(bytes) { throw IngestFailure(.binary, "a \(kind) file, not a table") }
        if ContentSniffer.looksBinary(bytes) { throw IngestFailure(.binary, "NUL bytes or control characters: not a table") }
        let raw = bytes
        let (bytes, controls) = ContentSniffer.droppingControlBytes(raw)
        let choice: TextDecoding.Choice
        if let label = encoding {
            guard let declared = WebEncoding(label: label) else {
                throw IngestFailure(.unreadable, "the configured encoding \(label) is not one the Encoding Standard names")
            }
            choice = declared == .utf8 ? TextDecoding.choose(bytes, lookForMetaCharset: false) : TextDecoding.Choice(.iconv(skip: 0), declared, "configured")
        } else {
            choice = TextDecoding.choose(bytes, lookForMetaCharset: false)
        }
        let (utf8, decodingWarnings) = choice.utf8(of: bytes)
        var warnings = decodingWarnings
        if controls > 0 {
            warnings.append(IngestWarning(code: "control-bytes", message: "\(controls) NUL or control byte\(controls == 1 ? "" : "s") dropped"))
        }
        var table = Table(format: format, columns: [], rows: [], badRows: [], encoding: choice.encoding.name, encodingSource: choice.source, warnings: warnings)
        switch format {
        case .csv, .tsv: try table.readDelimited(utf8, delimiter: delimiter ?? (format == .tsv ? 0x09 : DelimitedText.sniffDelimiter(utf8)))
        case .jsonl: try table.readJSONLines(utf8)
        case .json: try table.readJSONArray(utf8)
        }
        return table
    }

    /// Whether `label` names an encoding of the WHATWG Encoding Standard.
    public static func knowsEncoding(_ label: String) -> Bool { WebEncoding(label: label) != nil }

    private mutating func readDelimited(_ utf8: [UInt8], delimiter: UInt8) throws(IngestFailure) {
        var records = DelimitedText(utf8: utf8, delimiter: delimiter)
        guard let header = records.next(), !header.unclosedQuote, header.fields.contains(where: { !$0.isEmpty }) else {
            throw IngestFailure(.noContent, "no header line")
        }
        columns = Self.columnNames(header.fields.map(\.trimmingWhitespace))
        while let record = records.next() {
            if record.unclosedQuote {
                badRows.append(BadRow(line: record.line, code: "unclosed-quote", message: "a quote opened on this line is never closed: the row is left out, reading goes on at the next line"))
                continue
            }
            if record.fields.count > columns.count {
                badRows.append(BadRow(
                    line: record.line, code: "ragged-row",
                    message: "\(record.fields.count) cells where the header has \(columns.count): the row is left out (which cell is which cannot be told)"))
                continue
            }
            if record.fields.count < columns.count {
                // Trailing empty cells are often left out by exporters: the row is kept, noted.
                badRows.append(BadRow(
                    line: record.line, code: "short-row", message: "\(record.fields.count) cells where the header has \(columns.count): the missing ones are read as empty"))
            }
            var values: [String: String] = [:]
            for (column, value) in zip(columns, record.fields) where !value.isEmpty { values[column] = value }
            rows.append(Row(line: record.line, values: values))
        }
    }

    private mutating func readJSONLines(_ utf8: [UInt8]) throws(IngestFailure) {
        var seen = Set<String>()
        var line = 0
        let decoder = JSONDecoder()
        for slice in utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            line += 1
            guard slice.contains(where: { !$0.isASCIIWhitespace }) else { continue }
            guard case .object(let object)? = try? decoder.decode(JSONValue.self, from: Data(slice)) else {
                badRows.append(BadRow(line: line, code: "bad-json-row", message: "not a JSON object: the row is left out"))
                continue
            }
            add(object, line: line, seen: &seen)
        }
        if rows.isEmpty, badRows.count > 0 { throw IngestFailure(.parseFailed, "no line is a JSON object") }
    }

    private mutating func readJSONArray(_ utf8: [UInt8]) throws(IngestFailure) {
        guard case .array(let array)? = try? JSONDecoder().decode(JSONValue.self, from: Data(utf8)) else {
            throw IngestFailure(.parseFailed, "not a JSON array of objects")
        }
        var seen = Set<String>()
        let lines = Self.elementLines(utf8)
        for (i, element) in array.enumerated() {
            // Lines are known when every element is an object (the shape of an export).
            let line = lines.count == array.count ? lines[i] : 0
            guard case .object(let object) = element else {
                badRows.append(BadRow(line: line, code: "bad-json-row", message: "element \(i + 1) is not a JSON object: left out"))
                continue
            }
            add(object, line: line, seen: &seen)
        }
    }

    /// Adds an object's fields as a row, its unseen keys as new columns.
    private mutating func add(_ object: [String: JSONValue], line: Int, seen: inout Set<String>) {
        var values: [String: String] = [:]
        for key in object.keys.sorted() {
            if key == "responses", case .array(let responses)? = object[key] {
                for case .object(let response) in responses {
                    guard let column = Self.questionColumn(response) else { continue }
                    values[column] = response["formattedValue"]?.cell ?? response["value"]?.cell
                    if seen.insert(column).inserted { columns.append(column) }
                }
                continue
            }
            values[key] = object[key]?.cell
            if seen.insert(key).inserted { columns.append(key) }
        }
        rows.append(Row(line: line, values: values.filter { !$0.value.isEmpty }))
    }

    /// The CSV export's column for a response: `Q<questionId> - <questionTitle>`.
    static func questionColumn(_ response: [String: JSONValue]) -> String? {
        guard let id = response["questionId"]?.cell, let title = response["questionTitle"]?.cell else { return nil }
        return "Q\(id) - \(title)"
    }

    /// The line each object or array of the top-level array starts on, found by a scan that
    /// follows strings and nesting (the decoder gives no positions).
    static func elementLines(_ utf8: [UInt8]) -> [Int] {
        var lines: [Int] = []
        var line = 1, depth = 0, inString = false, escaped = false
        for b in utf8 {
            if b == 0x0A { line += 1 }
            if inString {
                if escaped { escaped = false } else if b == 0x5C { escaped = true } else if b == 0x22 { inString = false }
                continue
            }
            switch b {
            case 0x22: inString = true
            case 0x5B, 0x7B:
                if depth == 1 { lines.append(line) }
                depth += 1
            case 0x5D, 0x7D: depth -= 1
            default: break
            }
        }
        return lines
    }

    /// Header cells as column names: an empty one is `column <n>` (exports often end their header
    /// with empty cells), and a name given twice gets ` (2)`, ` (3)`… so that no cell is lost.
    static func columnNames(_ header: [String]) -> [String] {
        var seen = Set<String>()
        return header.enumerated().map { i, cell in
            let base = cell.isEmpty ? "column \(i + 1)" : cell
            var name = base
            var n = 1
            while !seen.insert(name).inserted {
                n += 1
                name = "\(base) (\(n))"
            }
            return name
        }
    }
}
