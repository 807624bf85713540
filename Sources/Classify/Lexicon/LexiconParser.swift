import Ingest

/// A lexicon file's path (relative to the lexicon folder) and text, as the caller read them.
public struct LexiconFile: Sendable, Hashable {
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

/// Reads lexicon files in the project's TSV format (see `lexicons/README.md`).
///
/// A file under `pillars/` holds a pillar, one under `themes/` a theme (or `# kind:` says which);
/// its name without extension is the category id. Lines starting with `#` are comments, except
/// `# label:`, `# kind:`, `# pillar:`, `#match:` and `#nomatch:`. The first other line is the header.
public enum LexiconParser {
    public static let columns: Set<String> = ["term", "mode", "weight", "exclude", "near", "context", "accept"]

    public static func parse(_ files: [LexiconFile]) throws(LexiconError) -> Lexicon {
        let sorted = files.sorted { $0.path < $1.path }
        var categories: [LexiconCategory] = []
        var seen: [String: String] = [:]
        for file in sorted {
            let category = try parseCategory(file)
            let key = "\(category.kind.rawValue)/\(category.id)"
            if let other = seen[key] { throw .duplicateCategory(id: key, files: [other, file.path]) }
            seen[key] = file.path
            categories.append(category)
        }
        guard !categories.isEmpty else { throw .empty(reason: "no lexicon files (*.tsv) found") }
        try checkContexts(categories)
        try checkPillars(categories)
        var digestInput: [UInt8] = []
        for file in sorted {
            digestInput += Array(file.path.utf8) + [0] + Array(file.contents.utf8) + [0]
        }
        return Lexicon(categories: categories, digest: ContentDigest.sha256(digestInput))
    }

    /// Every `context` names a domain that exists, and domains themselves ask for none.
    static func checkContexts(_ categories: [LexiconCategory]) throws(LexiconError) {
        let domains = Set(categories.filter { $0.kind == .domain }.map(\.id))
        for category in categories {
            for entry in category.entries {
                guard let rule = entry.context else { continue }
                let at = entry.location
                if category.kind == .domain {
                    throw .malformedRow(file: at.file, line: at.line, reason: "a domain entry cannot ask for a context")
                }
                guard domains.contains(rule.domain) else {
                    let known = domains.isEmpty ? "there are none" : "known: " + domains.sorted().joined(separator: ", ")
                    throw .malformedRow(file: at.file, line: at.line, reason: "context names the domain \"\(rule.domain)\", but no domains/\(rule.domain).tsv defines it (\(known))")
                }
            }
        }
    }

    /// Every `# pillar:` names a pillar that exists.
    static func checkPillars(_ categories: [LexiconCategory]) throws(LexiconError) {
        let pillars = Set(categories.filter { $0.kind == .pillar }.map(\.id))
        for category in categories {
            guard let pillar = category.pillar, let at = category.pillarLocation, !pillars.contains(pillar) else { continue }
            throw .malformedRow(file: at.file, line: at.line, reason: "\"\(pillar)\" is not a pillar (pillars: \(pillars.sorted().joined(separator: ", ")))")
        }
    }

    static func parseCategory(_ file: LexiconFile) throws(LexiconError) -> LexiconCategory {
        let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
        let id = name.split(separator: ".").dropLast().joined(separator: ".")
        var kind = kindFromPath(file.path)
        var label = id
        var pillar: (id: String, location: LexiconLocation)?
        var header: [String]?
        var entries: [LexiconEntry] = []
        var examples: [LexiconExample] = []
        for (index, line) in lines(of: file.contents).enumerated() {
            let lineNumber = index + 1
            let location = LexiconLocation(file: file.path, line: lineNumber)
            if line.trimmingWhitespace.isEmpty { continue }
            if line.hasPrefix("#") {
                let directive = Directive(line)
                switch directive?.key {
                case "label": label = directive!.value
                case "pillar": pillar = (directive!.value, location)
                case "kind":
                    guard let k = CategoryKind(rawValue: directive!.value.lowercased()) else {
                        throw .malformedRow(file: file.path, line: lineNumber, reason: "kind must be pillar, theme or domain, not \"\(directive!.value)\"")
                    }
                    kind = k
                case "match", "nomatch":
                    examples.append(LexiconExample(sentence: directive!.value, shouldMatch: directive!.key == "match", location: location))
                default: break
                }
                continue
            }
            guard let columns = header else {
                header = try parseHeader(line, location: location)
                continue
            }
            entries.append(try LexiconRow.parse(line, columns: columns, location: location))
        }
        guard header != nil else { throw .missingHeader(file: file.path) }
        guard let kind else {
            throw .misplacedFile(file: file.path, reason: "not under pillars/, themes/ or domains/ and no \"# kind:\" line")
        }
        if let pillar, kind != .theme {
            throw .malformedRow(file: file.path, line: pillar.location.line, reason: "only a theme belongs to a pillar")
        }
        return LexiconCategory(
            id: id, kind: kind, label: label, pillar: pillar?.id, pillarLocation: pillar?.location, entries: entries, examples: examples)
    }

    /// The lines of `text`, split where `Character.isNewline` would split them ("\r\n" is one
    /// break; so are U+000B, U+000C, U+0085, U+2028 and U+2029), but found in the UTF-8 bytes:
    /// every newline scalar is a grapheme boundary on both sides, so no Character needs to be
    /// formed (splitting on Characters cost 16 k instructions a line, a third of the parse).
    static func lines(of text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            var i = 0
            func cut(_ end: Int, next: Int) {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                start = next
                i = next
            }
            while i < bytes.count {
                switch bytes[i] {
                case 0x0D: cut(i, next: i + 1 < bytes.count && bytes[i + 1] == 0x0A ? i + 2 : i + 1)
                case 0x0A, 0x0B, 0x0C: cut(i, next: i + 1)
                case 0xC2 where i + 1 < bytes.count && bytes[i + 1] == 0x85: cut(i, next: i + 2)
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    cut(i, next: i + 3)
                default: i += 1
                }
            }
            cut(bytes.count, next: bytes.count)
            return lines
        }
    }

    static func kindFromPath(_ path: String) -> CategoryKind? {
        let parts = path.split(separator: "/").dropLast().map { $0.lowercased() }
        if parts.contains("pillars") { return .pillar }
        if parts.contains("themes") { return .theme }
        if parts.contains("domains") { return .domain }
        return nil
    }

    static func parseHeader(_ line: String, location: LexiconLocation) throws(LexiconError) -> [String] {
        let names = LexiconRow.cells(line, separator: "\t").map { $0.lowercased() }
        for name in names where !columns.contains(name) {
            throw .malformedRow(file: location.file, line: location.line, reason: "unknown column \"\(name)\" (columns: term, mode, weight, exclude, near, context, accept)")
        }
        guard names.contains("term") else {
            throw .malformedRow(file: location.file, line: location.line, reason: "the header has no \"term\" column")
        }
        guard Set(names).count == names.count else {
            throw .malformedRow(file: location.file, line: location.line, reason: "a column is named twice in the header")
        }
        return names
    }
}

/// `# key: value` and `#key: value` comment lines.
private struct Directive {
    var key: String
    var value: String

    init?(_ line: String) {
        let body = line.drop { $0 == "#" }.drop { $0 == " " }
        guard let colon = body.firstIndex(of: ":") else { return nil }
        let key = body[..<colon].lowercased()
        guard ["label", "kind", "pillar", "match", "nomatch"].contains(key) else { return nil }
        self.key = key
        self.value = body[body.index(after: colon)...].trimmingWhitespace
    }
}
