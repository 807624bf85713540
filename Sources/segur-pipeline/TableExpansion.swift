import Foundation
import Ingest

/// Turns the table files of a listing into row units: each row of a consultation export becomes
/// an input of its own (``InputFile/Content/tableRow(_:)``), keyed `<table path>#<row id>` and
/// hashed by its content, so that a new export where a few rows changed reprocesses those rows
/// only. Rows that cannot be read are listed with their line; a table that cannot be read at all
/// stays one input that fails with the reason.
struct TableExpansion {
    var configs: [TableConfig]
    var root: InputRoot
    var maxBytes: Int

    struct Result {
        var files: [InputFile]
        /// Bad and empty rows, one line each.
        var diagnostics: [DiagnosticRecord]
        /// Rows left out as errors: the run's exit code counts them.
        var rowErrors: Int
        /// Each table read, with the mapping used (for `dump-config`).
        var mappings: [(path: String, mapping: TableMapping)]
    }

    /// - Throws: ``FatalError`` when a configured column is missing from a table it applies to
    ///   (before any work).
    func expand(_ files: [InputFile]) throws -> Result {
        var result = Result(files: [], diagnostics: [], rowErrors: 0, mappings: [])
        for file in files {
            guard let format = Table.Format(pathExtension: SourceInfo(relativePath: file.relativePath.text).pathExtension) else {
                result.files.append(file)
                continue
            }
            let path = file.relativePath.text
            let config = configs.first { $0.matches(path) }
            let table: Table
            switch read(file, format, config) {
            case .success(let read): table = read
            case .failure(let failure):
                result.files.append(Self.failing(file, failure))
                continue
            }
            let mapping: TableMapping
            if let config {
                mapping = config.mapping
                if let column = mapping.missing(in: table.columns).first {
                    throw FatalError("table \(path): no column `\(column)`, which the config's `tables` entry names (columns: \(table.columns.joined(separator: ", ")))")
                }
            } else if let found = TableMapping.capCollectif(columns: table.columns) ?? TableMapping.inferred(columns: table.columns) {
                mapping = found
            } else {
                let failure = IngestFailure(.unmappedTable, "no column is known to hold text (columns: \(table.columns.joined(separator: ", "))): describe the table under `tables:` in the config file")
                result.files.append(Self.failing(file, failure))
                continue
            }
            result.mappings.append((path, mapping))
            for warning in table.warnings { result.diagnostics.append(.warning(path, warning)) }
            for bad in table.badRows {
                let severity: DiagnosticRecord.Severity = bad.code == "short-row" ? .warning : .error
                if severity == .error { result.rowErrors += 1 }
                result.diagnostics.append(DiagnosticRecord(path: path, line: bad.line, severity: severity, code: bad.code, message: bad.message))
            }
            var seen = Set<String>()
            for row in table.rows {
                guard let content = TableRowContent(row, mapping: mapping, table: path, encoding: (table.encoding, table.encodingSource)) else {
                    result.diagnostics.append(DiagnosticRecord(path: path, line: row.line, severity: .info, code: "no-answer", message: "the row answers no text question: nothing to analyse"))
                    continue
                }
                guard seen.insert(content.row).inserted else {
                    result.rowErrors += 1
                    result.diagnostics.append(DiagnosticRecord(
                        path: path, line: row.line, severity: .error, code: "duplicate-id", message: "the id \(content.row) was given to an earlier row: this one is left out"))
                    continue
                }
                let bytes = content.canonicalBytes
                result.files.append(InputFile(
                    path: file.path + "#" + content.row, relativePath: InputPath(content.documentPath), readPath: file.readPath,
                    size: bytes.count, stamp: nil, content: .tableRow(bytes)))
            }
        }
        return result
    }

    private func read(_ file: InputFile, _ format: Table.Format, _ config: TableConfig?) -> Swift.Result<Table, IngestFailure> {
        do throws(IngestFailure) {
            let bytes = try FileReader.read(file, in: root, maxBytes: maxBytes)
            return .success(try Table.read(bytes, format: format, delimiter: config?.delimiterByte, encoding: config?.encoding))
        } catch {
            return .failure(error)
        }
    }

    private static func failing(_ file: InputFile, _ failure: IngestFailure) -> InputFile {
        var failed = file
        failed.content = .unreadableTable(failure)
        return failed
    }
}
