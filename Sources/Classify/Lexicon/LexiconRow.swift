import Ingest

/// One data row of a lexicon file.
enum LexiconRow {
    static func parse(_ line: String, columns: [String], location: LexiconLocation) throws(LexiconError) -> LexiconEntry {
        let cells = Self.cells(line, separator: "\t")
        func fail(_ reason: String) -> LexiconError { .malformedRow(file: location.file, line: location.line, reason: reason) }
        guard cells.count <= columns.count else {
            throw fail("\(cells.count) tab-separated cells, but the header has \(columns.count) columns")
        }
        func cell(_ name: String) -> String {
            guard let i = columns.firstIndex(of: name), i < cells.count else { return "" }
            return cells[i]
        }
        var term = cell("term")
        guard !term.isEmpty else { throw fail("empty term") }
        var mode: MatchMode
        switch cell("mode").lowercased() {
        case "": mode = term.hasSuffix("*") ? .prefix : .stem
        case let m:
            guard let parsed = MatchMode(rawValue: m) else { throw fail("mode must be exact, stem or prefix, not \"\(m)\"") }
            mode = parsed
        }
        if term.hasSuffix("*") {
            guard mode == .prefix else { throw fail("\"\(term)\" ends with * but its mode is \(mode.rawValue)") }
            term = String(term.dropLast()).trimmingWhitespace
        }
        guard !term.utf8.contains(UInt8(ascii: "*")) else { throw fail("* may only end a prefix term: \"\(term)\"") }
        let weight = try parseWeight(cell("weight"), fail: fail)
        let exclusions = Self.cells(cell("exclude"), separator: "|").filter { !$0.isEmpty }
        let near = try Self.cells(cell("near"), separator: "|").filter { !$0.isEmpty }
            .map { (rule) throws(LexiconError) -> ProximityRule in try parseNear(rule, fail: fail) }
        let context = try parseContext(cell("context"), fail: fail)
        let accepted = Self.cells(cell("accept"), separator: "|").filter { !$0.isEmpty }
        return LexiconEntry(
            term: term, mode: mode, weight: weight, exclusions: exclusions, near: near, context: context,
            accepted: accepted, location: location)
    }

    /// `text` cut at every `separator` (an ASCII byte, empty cells kept), each cell trimmed of
    /// white space. The cut is made in the UTF-8 bytes: splitting on Characters cost more than the
    /// rest of a row's parse.
    static func cells(_ text: String, separator: Unicode.Scalar) -> [String] {
        var text = text
        let separator = UInt8(ascii: separator)
        return text.withUTF8 { bytes in
            var cells: [String] = []
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == separator {
                cells.append(trimmed(UnsafeBufferPointer(rebasing: bytes[start..<i])))
                start = i + 1
            }
            return cells
        }
    }

    /// The bytes as a string without leading and trailing white space: ASCII white space is
    /// dropped from the bytes, and a cell that then starts or ends with a non-ASCII byte (NBSP,
    /// say) goes through the general ``Swift/StringProtocol/trimmingWhitespace``.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        func isASCIISpace(_ b: UInt8) -> Bool { b == 0x20 || (0x09...0x0D).contains(b) }
        var a = 0
        var z = bytes.count
        while a < z, isASCIISpace(bytes[a]) { a += 1 }
        while z > a, isASCIISpace(bytes[z - 1]) { z -= 1 }
        let cell = String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<z]), as: UTF8.self)
        return a < z && (bytes[a] >= 0x80 || bytes[z - 1] >= 0x80) ? cell.trimmingWhitespace : cell
    }

    private static func parseWeight(_ text: String, fail: (String) -> LexiconError) throws(LexiconError) -> Double {
        guard !text.isEmpty else { return 1 }
        // A decimal comma read as a point, without Foundation's string search.
        let decimal = String(decoding: text.utf8.map { $0 == UInt8(ascii: ",") ? UInt8(ascii: ".") : $0 }, as: UTF8.self)
        guard let w = Double(decimal), w.isFinite, w > 0, w <= 100 else {
            throw fail("weight must be a number above 0 and at most 100, not \"\(text)\"")
        }
        return w
    }

    /// `domain` (anywhere in the passage or its section) or `domain~N` (within N words, or in the
    /// section). Whether the domain exists is checked once every file is read.
    private static func parseContext(_ text: String, fail: (String) -> LexiconError) throws(LexiconError) -> ContextRule? {
        guard !text.isEmpty else { return nil }
        let parts = text.split(separator: "~", omittingEmptySubsequences: false)
        let domain = parts[0].trimmingWhitespace
        let validName = !domain.isEmpty && domain.utf8.allSatisfy { $0 >= 0x21 && $0 < 0x7F && $0 != UInt8(ascii: "/") }
        guard validName, parts.count <= 2 else {
            throw fail("context must read domain or domain~N with N from 1 to 50, not \"\(text)\"")
        }
        guard parts.count == 2 else { return ContextRule(domain: domain, window: nil) }
        guard let n = Int(parts[1].trimmingWhitespace), (1...50).contains(n) else {
            throw fail("context must read domain or domain~N with N from 1 to 50, not \"\(text)\"")
        }
        return ContextRule(domain: domain, window: n)
    }

    /// `term~N`: the term within N words.
    private static func parseNear(_ rule: String, fail: (String) -> LexiconError) throws(LexiconError) -> ProximityRule {
        let parts = rule.split(separator: "~", omittingEmptySubsequences: false)
        guard parts.count == 2, let n = Int(parts[1].trimmingWhitespace), (1...50).contains(n),
            !parts[0].trimmingWhitespace.isEmpty
        else { throw fail("near must read term~N with N from 1 to 50, not \"\(rule)\"") }
        return ProximityRule(term: parts[0].trimmingWhitespace, window: n)
    }
}
