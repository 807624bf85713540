/// A JSON value, decoded with `JSONDecoder` so that booleans, integers and other numbers keep
/// their kind (JSONSerialization hands all three over as NSNumber).
enum JSONValue: Decodable, Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let v = try? c.decode(Bool.self) {
            self = .bool(v)
        } else if let v = try? c.decode(Int.self) {
            self = .int(v)
        } else if let v = try? c.decode(Double.self) {
            self = .double(v)
        } else if let v = try? c.decode(String.self) {
            self = .string(v)
        } else if let v = try? c.decode([JSONValue].self) {
            self = .array(v)
        } else {
            self = .object(try c.decode([String: JSONValue].self))
        }
    }

    /// The value as a table cell: strings as they are, numbers and booleans as JSON writes them,
    /// arrays of values joined by `|` (as the CSV export joins multiple choices), objects as
    /// compact JSON with sorted keys, nil for null.
    var cell: String? {
        switch self {
        case .null: return nil
        case .bool(let v): return v ? "true" : "false"
        case .int(let v): return String(v)
        case .double(let v): return String(v)
        case .string(let v): return v
        case .array(let values): return values.compactMap(\.cell).joined(separator: "|")
        case .object:
            var out = JSONOutput()
            write(to: &out)
            return String(decoding: out.bytes, as: UTF8.self)
        }
    }

    private func write(to out: inout JSONOutput) {
        switch self {
        case .null: out.null()
        case .bool(let v): v ? out.raw("true") : out.raw("false")
        case .int(let v): out.int(v)
        case .double(let v): out.double(v)
        case .string(let v): out.string(v)
        case .array(let values):
            out.raw("[")
            for (i, v) in values.enumerated() {
                if i > 0 { out.raw(",") }
                v.write(to: &out)
            }
            out.raw("]")
        case .object(let fields):
            out.raw("{")
            for (i, key) in fields.keys.sorted().enumerated() {
                if i > 0 { out.raw(",") }
                out.string(key)
                out.raw(":")
                fields[key]!.write(to: &out)
            }
            out.raw("}")
        }
    }
}
