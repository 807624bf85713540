import Foundation

/// A dictionary read from another tool's format, before it is written in ours.
public struct ImportedLexicon: Sendable, Hashable {
    public struct Term: Sendable, Hashable {
        public var text: String
        public var mode: MatchMode
        public var weight: Double
    }

    public struct Category: Sendable, Hashable {
        /// The category's name in the source (a path for nested dictionaries: `themes/ehpad`).
        public var name: String
        public var terms: [Term]
    }

    public var format: ImportFormat
    public var categories: [Category]
    /// What the source held that our format cannot say, in sentences for the person importing.
    public var dropped: [String]
}

public enum ImportFormat: String, Sendable, Hashable, CaseIterable {
    case liwc
    case liwc22 = "dicx"
    case quanteda
    case wordstat
    case lexicoder

    /// Guesses the format from the file extension.
    public init?(fileName: String) {
        switch fileName.split(separator: ".").last?.lowercased() {
        case "dic": self = .liwc
        case "dicx", "csv": self = .liwc22
        case "yml", "yaml": self = .quanteda
        case "cat": self = .wordstat
        case "lc3", "lcd": self = .lexicoder
        default: return nil
        }
    }
}

/// An error in a file being imported, with its line.
public struct ImportError: Error, Sendable, Hashable, CustomStringConvertible {
    public var line: Int?
    public var reason: String
    public var description: String { (line.map { "line \($0): " } ?? "") + reason }
}

extension ImportedLexicon.Term {
    /// A source term with its wildcard: `revaloris*` becomes a prefix entry; other terms are exact,
    /// as these tools match whole words unless told otherwise.
    static func parse(_ raw: String, weight: Double = 1) -> Self? {
        var text = raw.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        var mode = MatchMode.exact
        if text.hasSuffix("*") {
            mode = .prefix
            text = String(text.dropLast()).trimmingCharacters(in: .whitespaces)
        }
        return text.isEmpty || text.contains("*") ? nil : Self(text: text, mode: mode, weight: weight)
    }
}
