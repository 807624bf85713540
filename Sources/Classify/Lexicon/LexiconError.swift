/// A lexicon that cannot be used: the run stops before any work, naming the file and line.
public enum LexiconError: Error, Sendable, Hashable, CustomStringConvertible {
    case malformedRow(file: String, line: Int, reason: String)
    case missingHeader(file: String)
    case misplacedFile(file: String, reason: String)
    case duplicateCategory(id: String, files: [String])
    case empty(reason: String)

    public var description: String {
        switch self {
        case .malformedRow(let file, let line, let reason): return "\(file):\(line): \(reason)"
        case .missingHeader(let file): return "\(file):1: no header line (expected columns such as \"term\\tmode\\tweight\")"
        case .misplacedFile(let file, let reason): return "\(file): \(reason)"
        case .duplicateCategory(let id, let files): return "category \(id) is defined twice: \(files.joined(separator: ", "))"
        case .empty(let reason): return reason
        }
    }
}
