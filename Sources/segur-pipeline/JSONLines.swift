import Foundation
import Ingest

/// JSON Lines with sorted keys, so that the same values always give the same bytes.
enum JSONLines {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The stage values (documents, classified passages) write themselves: same bytes, no boxing.
    static func encode<T: JSONLineWritable>(_ values: [T]) -> Data {
        var out = JSONOutput(capacity: values.count * 512)
        for value in values {
            value.writeJSON(to: &out)
            out.raw("\n")
        }
        return Data(out.bytes)
    }

    /// One JSON array of the values, as `encoder` writes it (a Foundation encoder per document's
    /// warnings, most often none, cost 1 % of a run).
    static func encodeArray<T: JSONLineWritable>(_ values: [T]) -> Data {
        var out = JSONOutput(capacity: 64)
        out.array(values)
        return Data(out.bytes)
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
