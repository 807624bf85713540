import Foundation
import Ingest

extension Report {
    /// findings.json: sorted keys, pretty-printed, so the same report is the same bytes. Characters
    /// a reader cannot see and that change what is shown (``DisplaySafe/isInvisible(_:)``) are
    /// written as `\uXXXX` escapes: the same strings, visible.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return Self.escapingInvisibles(try encoder.encode(self)) + Data("\n".utf8)
    }

    public static func decode(_ data: Data) throws -> Report {
        try JSONDecoder().decode(Report.self, from: data)
    }

    /// JSON text with every ``DisplaySafe/isInvisible(_:)`` character written as a `\u` escape.
    /// Such characters can only stand inside strings (JSON's own syntax is ASCII), so the result
    /// decodes to the same values.
    static func escapingInvisibles(_ json: Data) -> Data {
        let text = String(decoding: json, as: UTF8.self)
        guard text.unicodeScalars.contains(where: { DisplaySafe.isInvisible($0.value) }) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard DisplaySafe.isInvisible(scalar.value) else {
                out.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16)
            out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
        }
        return Data(String(out).utf8)
    }
}
