import Foundation

/// JSON Lines with sorted keys, so that the same values always give the same bytes.
enum JSONLines {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func encode<T: Encodable>(_ values: [T]) throws -> Data {
        let encoder = Self.encoder
        var data = Data()
        for value in values {
            data.append(try encoder.encode(value))
            data.append(0x0A)
        }
        return data
    }
}
