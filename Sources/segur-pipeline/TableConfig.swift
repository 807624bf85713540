import Foundation
import Ingest

/// How the tables of the input are read, as the config file's `tables:` list describes them: for
/// the table files whose path (relative to the input folder) matches `files` (a shell pattern),
/// which column is what, the delimiter and the encoding. A table no entry matches is recognised
/// by its shape (``TableMapping/capCollectif(columns:)``) or its column names
/// (``TableMapping/inferred(columns:)``).
struct TableConfig: Codable, Equatable {
    /// A shell pattern (`*.csv`, `exports/*`); `*` matches `/` too. Default: every table.
    var files: String?
    var id: String?
    var date: String?
    var postalCode: String?
    var title: String?
    var text: [String]
    var exclude: [String]?
    /// `,`, `;`, `tab` (or a tab character).
    var delimiter: String?
    /// A WHATWG Encoding Standard label (`utf-8`, `windows-1252`…).
    var encoding: String?

    enum CodingKeys: String, CodingKey {
        case files, id, date
        case postalCode = "postal_code"
        case title, text, exclude, delimiter, encoding
    }

    static let keys: Set<String> = ["files", "id", "date", "postal_code", "title", "text", "exclude", "delimiter", "encoding"]

    var mapping: TableMapping {
        TableMapping(id: id, date: date, postalCode: postalCode, title: title, text: text, exclude: exclude ?? [], source: "configured")
    }

    func matches(_ relativePath: String) -> Bool {
        guard let files else { return true }
        return fnmatch(files, relativePath, 0) == 0
    }

    var delimiterByte: UInt8? {
        switch delimiter {
        case nil: nil
        case "tab", "\t": 0x09
        case let d?: d.utf8.first
        }
    }

    /// Reads the `tables:` value of a config file; a wrong shape is fatal, naming the entry.
    static func load(_ value: Any?, path: String, warn: (String) -> Void) throws -> [TableConfig] {
        guard let value else { return [] }
        guard let list = value as? [Any] else { throw FatalError("config \(path): `tables` must be a list of table descriptions") }
        return try list.enumerated().map { i, item in
            let at = "config \(path): `tables` entry \(i + 1)"
            guard let map = item as? [String: Any] else { throw FatalError("\(at) must hold keys such as `text:`") }
            for key in map.keys.sorted() where !keys.contains(key) { warn("\(at): unknown key `\(key)` ignored") }
            func string(_ key: String) throws -> String? {
                guard let v = map[key] else { return nil }
                guard let s = v as? String else { throw FatalError("\(at): `\(key)` must be a column name, not \(v)") }
                return s
            }
            func strings(_ key: String) throws -> [String]? {
                guard let v = map[key] else { return nil }
                if let s = v as? String { return [s] }
                guard let list = v as? [Any], let names = list as? [String] else { throw FatalError("\(at): `\(key)` must be a list of column names") }
                return names
            }
            guard let text = try strings("text"), !text.isEmpty else { throw FatalError("\(at): no `text:` column") }
            let config = TableConfig(
                files: try string("files"), id: try string("id"), date: try string("date"), postalCode: try string("postal_code"),
                title: try string("title"), text: text, exclude: try strings("exclude"), delimiter: try string("delimiter"),
                encoding: try string("encoding"))
            if let d = config.delimiter, ![",", ";", "tab", "\t", "|"].contains(d) {
                throw FatalError("\(at): `delimiter` must be `,`, `;`, `|` or `tab`, not \(d)")
            }
            if let e = config.encoding, !Table.knowsEncoding(e) { throw FatalError("\(at): `encoding` \(e) is not an Encoding Standard label") }
            return config
        }
    }
}
