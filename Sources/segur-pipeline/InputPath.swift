import GRDB

/// A file's path relative to the input root, identified by its bytes as the file system gave them.
///
/// Swift compares `String`s by canonical equivalence, so `santé.txt` written in NFC and in NFD
/// are one key to a `Dictionary` or a `Set` while the file system holds two files (and SQLite,
/// comparing bytes, two rows). Every key, set and sort order of the batch uses this type instead,
/// so twins stay two files everywhere.
struct InputPath: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    let text: String

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
    }

    init(stringLiteral value: String) { self.init(value) }

    var description: String { text }

    static func == (a: InputPath, b: InputPath) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }

    static func < (a: InputPath, b: InputPath) -> Bool { a.text.utf8.lexicographicallyPrecedes(b.text.utf8) }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

extension InputPath: Codable {
    init(from decoder: any Decoder) throws { self.init(try decoder.singleValueContainer().decode(String.self)) }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

extension InputPath: DatabaseValueConvertible {
    var databaseValue: DatabaseValue { text.databaseValue }

    static func fromDatabaseValue(_ dbValue: DatabaseValue) -> InputPath? {
        String.fromDatabaseValue(dbValue).map { InputPath($0) }
    }
}
