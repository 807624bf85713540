import Foundation
import Ingest

/// One data row of a lexicon file.
enum LexiconRow {
    static func parse(_ line: String, columns: [String], location: LexiconLocation) throws(LexiconError) -> LexiconEntry {
        let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingWhitespace }
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
        guard !term.contains("*") else { throw fail("* may only end a prefix term: \"\(term)\"") }
        let weight = try parseWeight(cell("weight"), fail: fail)
        let exclusions = cell("exclude").split(separator: "|").map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
        let near = try cell("near").split(separator: "|").map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
            .map { (rule) throws(LexiconError) -> ProximityRule in try parseNear(rule, fail: fail) }
        return LexiconEntry(term: term, mode: mode, weight: weight, exclusions: exclusions, near: near, location: location)
    }

    private static func parseWeight(_ text: String, fail: (String) -> LexiconError) throws(LexiconError) -> Double {
        guard !text.isEmpty else { return 1 }
        guard let w = Double(text.replacingOccurrences(of: ",", with: ".")), w.isFinite, w > 0, w <= 100 else {
            throw fail("weight must be a number above 0 and at most 100, not \"\(text)\"")
        }
        return w
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
