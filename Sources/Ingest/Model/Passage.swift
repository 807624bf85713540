/// What a passage is within its document, as far as structure tells.
public enum PassageRole: String, Codable, Sendable, Hashable, CaseIterable {
    case heading
    case paragraph
    case listItem = "list-item"
    case tableRow = "table-row"
    /// A row, item or line of an attendance list ("Étaient présents", "NOMS / QUALITÉ"). Never scored
    /// and never quoted: it names people.
    case attendance
    /// A byline or date line ("Par 12/06/2020 - 10:00", "Date : 28 mai 2020").
    case metadata

    /// Whether later stages score this passage against lexicons.
    public var isScorable: Bool {
        switch self {
        case .paragraph, .listItem, .tableRow: return true
        case .heading, .attendance, .metadata: return false
        }
    }
}

/// A contiguous piece of a document's text with its place in the document's structure.
///
/// `start` and `end` are Unicode-scalar offsets into ``Document/text``, and the scalars in
/// `start..<end` are exactly ``text``.
public struct Passage: Codable, Sendable, Hashable {
    public var id: String
    /// The heading path above the passage, outermost first.
    public var section: [String]
    public var role: PassageRole
    public var text: String
    public var start: Int
    public var end: Int

    public init(id: String, section: [String], role: PassageRole, text: String, start: Int, end: Int) {
        self.id = id
        self.section = section
        self.role = role
        self.text = text
        self.start = start
        self.end = end
    }
}
