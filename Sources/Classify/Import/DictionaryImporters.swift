import Foundation
import Yams

/// Readers for the dictionary formats researchers already own.
public enum DictionaryImporter {
    public static func read(_ contents: String, format: ImportFormat) throws(ImportError) -> ImportedLexicon {
        switch format {
        case .liwc: return try liwc(contents)
        case .liwc22: return try liwc22(contents)
        case .quanteda: return try quanteda(contents)
        case .wordstat: return wordstat(contents)
        case .lexicoder: return try lexicoder(contents)
        }
    }

    static func lines(_ s: String) -> [String] {
        s.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
    }

    /// LIWC 2007/2015 `.dic`: a `%`-delimited block of `number<TAB>category`, then `term<TAB>numbers…`.
    static func liwc(_ contents: String) throws(ImportError) -> ImportedLexicon {
        var names: [String: String] = [:]
        var order: [String] = []
        var terms: [String: [ImportedLexicon.Term]] = [:]
        var percents = 0
        var dropped: [String] = []
        for (i, line) in lines(contents).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if trimmed == "%" {
                percents += 1
                continue
            }
            let cells = trimmed.split(whereSeparator: { $0 == "\t" }).map { $0.trimmingCharacters(in: .whitespaces) }
            if percents == 1 {
                guard cells.count >= 2 else { throw ImportError(line: i + 1, reason: "a category line must read number<TAB>name") }
                names[cells[0]] = cells[1]
                order.append(cells[0])
                continue
            }
            guard percents >= 2 else { throw ImportError(line: i + 1, reason: "no %-delimited category block before the terms") }
            // A term, then category numbers (tab- or space-separated; multi-word terms keep their spaces).
            var words = trimmed.split(whereSeparator: { $0 == "\t" || $0 == " " }).map(String.init)
            var numbers: [String] = []
            while let last = words.last, names[last] != nil || Int(last) != nil { numbers.insert(words.removeLast(), at: 0) }
            guard let term = ImportedLexicon.Term.parse(words.joined(separator: " ")) else {
                dropped.append("line \(i + 1): \"\(trimmed)\" (not a term our format can hold)")
                continue
            }
            for n in numbers {
                guard names[n] != nil else { throw ImportError(line: i + 1, reason: "category \(n) is not declared") }
                terms[n, default: []].append(term)
            }
        }
        return ImportedLexicon(
            format: .liwc, categories: order.map { .init(name: names[$0]!, terms: terms[$0] ?? []) }, dropped: dropped)
    }

    /// LIWC-22 `.dicx`: CSV, a header `DicTerm,Category…`, then one row a term with `X` under its categories.
    static func liwc22(_ contents: String) throws(ImportError) -> ImportedLexicon {
        let rows = lines(contents).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map(CSVRow.split)
        guard let header = rows.first, header.count >= 2 else { throw ImportError(line: 1, reason: "no header row (DicTerm,Category…)") }
        var terms = [[ImportedLexicon.Term]](repeating: [], count: header.count)
        var dropped: [String] = []
        for (i, row) in rows.dropFirst().enumerated() {
            guard let first = row.first, let term = ImportedLexicon.Term.parse(first) else {
                dropped.append("row \(i + 2): no usable term")
                continue
            }
            for (c, cell) in row.enumerated().dropFirst() where c < header.count && !cell.trimmingCharacters(in: .whitespaces).isEmpty {
                terms[c].append(term)
            }
        }
        let categories = header.indices.dropFirst().map { ImportedLexicon.Category(name: header[$0], terms: terms[$0]) }
        return ImportedLexicon(format: .liwc22, categories: categories, dropped: dropped)
    }

    /// quanteda YAML: categories map to lists of terms, or to nested categories (joined with `/`).
    static func quanteda(_ contents: String) throws(ImportError) -> ImportedLexicon {
        let root: Any?
        do {
            root = try BoundedYAML.load(contents)
        } catch let error as BoundedYAML.TooLarge {
            throw ImportError(line: nil, reason: error.description)
        } catch {
            throw ImportError(line: nil, reason: "not YAML: \(error)")
        }
        guard let top = root as? [String: Any] else { throw ImportError(line: nil, reason: "the YAML top level must map category names to terms") }
        var categories: [ImportedLexicon.Category] = []
        var dropped: [String] = []
        func walk(_ node: Any, path: [String]) {
            if let list = node as? [Any] {
                let terms = list.compactMap { item -> ImportedLexicon.Term? in
                    guard let s = item as? String, let t = ImportedLexicon.Term.parse(s) else {
                        dropped.append("\(path.joined(separator: "/")): \(item) (not a plain term; quanteda's ? and regex patterns are not supported)")
                        return nil
                    }
                    if s.contains("?") { dropped.append("\(path.joined(separator: "/")): \"\(s)\" kept literally (quanteda's ? wildcard is not supported)") }
                    return t
                }
                categories.append(.init(name: path.joined(separator: "/"), terms: terms))
            } else if let map = node as? [String: Any] {
                for key in map.keys.sorted() { walk(map[key]!, path: path + [key]) }
            } else if let s = node as? String, let t = ImportedLexicon.Term.parse(s) {
                categories.append(.init(name: path.joined(separator: "/"), terms: [t]))
            }
        }
        for key in top.keys.sorted() { walk(top[key]!, path: [key]) }
        return ImportedLexicon(format: .quanteda, categories: categories, dropped: dropped)
    }

    /// WordStat `.CAT`: unindented category names; indented `TERM (weight)` lines under them. Rules
    /// (`@`, `NEAR`, `BEFORE`, `AFTER`, `NOT`) cannot be expressed here and are dropped.
    static func wordstat(_ contents: String) -> ImportedLexicon {
        var categories: [ImportedLexicon.Category] = []
        var stack: [(indent: Int, name: String)] = []
        var dropped: [String] = []
        var categoryIndex: [String: Int] = [:]
        let all = lines(contents)
        func indentation(_ line: String) -> Int { line.prefix { $0 == " " || $0 == "\t" }.reduce(0) { $0 + ($1 == "\t" ? 4 : 1) } }
        // The indentation of the next non-blank line after each line, in one backward pass (looking
        // ahead from every line made the import quadratic).
        var nextIndents = [Int](repeating: 0, count: all.count)
        var following = 0
        for i in all.indices.reversed() {
            nextIndents[i] = following
            if !all[i].trimmingCharacters(in: .whitespaces).isEmpty { following = indentation(all[i]) }
        }
        for (i, line) in all.enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let indent = indentation(line)
            var text = line.trimmingCharacters(in: .whitespaces)
            var weight = 1.0
            if let open = text.lastIndex(of: "("), text.hasSuffix(")"), let w = Double(text[text.index(after: open)..<text.index(before: text.endIndex)]) {
                weight = w
                text = String(text[..<open]).trimmingCharacters(in: .whitespaces)
            }
            let isRule = text.hasPrefix("@") || [" NEAR ", " BEFORE ", " AFTER ", " NOT ", " AND ", " OR "].contains { text.uppercased().contains($0) }
            if isRule {
                dropped.append("line \(i + 1): rule \"\(text)\" (WordStat rules are not supported)")
                continue
            }
            let nextIndent = nextIndents[i]
            while let top = stack.last, top.indent >= indent { stack.removeLast() }
            if nextIndent > indent {  // a category (it has children)
                stack.append((indent, text))
                continue
            }
            guard let term = ImportedLexicon.Term.parse(text.lowercased(), weight: weight > 0 ? weight : 1) else { continue }
            if weight <= 0 { dropped.append("line \(i + 1): weight \(weight) of \"\(text)\" (weights must be positive; 1 used)") }
            let name = stack.map(\.name).joined(separator: "/")
            if let k = categoryIndex[name] {
                categories[k].terms.append(term)
            } else {
                categoryIndex[name] = categories.count
                categories.append(.init(name: name.isEmpty ? "uncategorised" : name, terms: [term]))
            }
        }
        return ImportedLexicon(format: .wordstat, categories: categories, dropped: dropped)
    }

    /// Lexicoder `.lc3`: `+category` lines, then one term a line.
    static func lexicoder(_ contents: String) throws(ImportError) -> ImportedLexicon {
        var categories: [ImportedLexicon.Category] = []
        var dropped: [String] = []
        for (i, line) in lines(contents).enumerated() {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            if text.hasPrefix("+") {
                categories.append(.init(name: String(text.dropFirst()).trimmingCharacters(in: .whitespaces), terms: []))
                continue
            }
            guard !categories.isEmpty else { throw ImportError(line: i + 1, reason: "a term before any +category line") }
            if let term = ImportedLexicon.Term.parse(text.lowercased()) {
                categories[categories.count - 1].terms.append(term)
            } else {
                dropped.append("line \(i + 1): \"\(text)\"")
            }
        }
        return ImportedLexicon(format: .lexicoder, categories: categories, dropped: dropped)
    }
}

/// A CSV row split on commas outside double quotes, `""` inside quotes standing for `"` (RFC 4180,
/// one line a row).
enum CSVRow {
    static func split(_ line: String) -> [String] {
        let chars = Array(line)
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" {
                        cell.append("\"")
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    cell.append(c)
                }
            } else if c == "\"" && cell.trimmingCharacters(in: .whitespaces).isEmpty {
                quoted = true
                cell = ""
            } else if c == "," {
                cells.append(cell.trimmingCharacters(in: .whitespaces))
                cell = ""
            } else {
                cell.append(c)
            }
            i += 1
        }
        cells.append(cell.trimmingCharacters(in: .whitespaces))
        return cells
    }
}
