/// Which columns of a table say what: the row's id, its date, its postal code, its title, the
/// columns whose text is analysed (each a question), and the columns left out. Every other column
/// is kept as the document's metadata (docvars).
public struct TableMapping: Sendable, Hashable, Codable {
    public var id: String?
    public var date: String?
    public var postalCode: String?
    public var title: String?
    /// The answer columns, in order: each non-empty cell is a passage whose section is the
    /// column's question.
    public var text: [String]
    /// Columns never kept (personal identifiers such as an author's id).
    public var exclude: [String]
    /// How the mapping was found: `configured`, `cap-collectif` or `inferred`.
    public var source: String

    public init(
        id: String? = nil, date: String? = nil, postalCode: String? = nil, title: String? = nil, text: [String],
        exclude: [String] = [], source: String = "configured"
    ) {
        (self.id, self.date, self.postalCode, self.title, self.text, self.exclude, self.source) = (id, date, postalCode, title, text, exclude, source)
    }

    enum CodingKeys: String, CodingKey {
        case id, date
        case postalCode = "postal_code"
        case title, text, exclude, source
    }

    /// Every column the mapping names.
    public var namedColumns: [String] { [id, date, postalCode, title].compactMap { $0 } + text + exclude }

    /// The columns of `columns` the mapping names but the table lacks.
    public func missing(in columns: [String]) -> [String] {
        let present = Set(columns)
        return namedColumns.filter { !present.contains($0) }
    }

    /// The Cap Collectif export (granddebat.fr's open data): `id, reference, title, createdAt,
    /// publishedAt, updatedAt, trashed, trashedStatus, authorId, authorType, authorZipCode`, then
    /// one `Q<questionId> - <question title>` column per question. The author's id is left out.
    public static func capCollectif(columns: [String]) -> TableMapping? {
        let present = Set(columns)
        let questions = columns.filter(isQuestionColumn)
        guard !questions.isEmpty, ["id", "createdAt", "authorZipCode"].allSatisfy(present.contains) else { return nil }
        return TableMapping(
            id: "id", date: present.contains("publishedAt") ? "publishedAt" : "createdAt", postalCode: "authorZipCode",
            title: present.contains("title") ? "title" : nil, text: questions,
            exclude: ["authorId"].filter(present.contains), source: "cap-collectif")
    }

    /// A mapping from column names alone, for a table that is neither configured nor a Cap
    /// Collectif export: text columns named as such (`text`, `texte`, `contribution`, `message`…),
    /// an id, date and postal code column by their usual names. Nil without a text column.
    public static func inferred(columns: [String]) -> TableMapping? {
        func first(_ names: Set<String>) -> String? { columns.first { names.contains(folded($0)) } }
        let text = columns.filter { textNames.contains(folded($0)) }
        guard !text.isEmpty else { return nil }
        return TableMapping(
            id: first(idNames), date: first(dateNames), postalCode: first(postalNames), title: first(titleNames), text: text,
            exclude: columns.filter { personalNames.contains(folded($0)) }, source: "inferred")
    }

    /// `Q<digits> - …`.
    static func isQuestionColumn(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard bytes.first == UInt8(ascii: "Q") else { return false }
        let digits = bytes.dropFirst().prefix { (0x30...0x39).contains($0) }
        return !digits.isEmpty && bytes.dropFirst(1 + digits.count).starts(with: Array(" - ".utf8))
    }

    /// The question a text column asks: `Q123 - Que faudrait-il faire ?` asks the part after the
    /// number; any other column is its own question.
    public static func question(ofColumn name: String) -> String {
        guard isQuestionColumn(name), let range = name.range(of: " - ") else { return name }
        return String(name[range.upperBound...]).trimmingWhitespace
    }

    private static func folded(_ name: String) -> String {
        MatchFolding.words(name).replacingOccurrences(of: " ", with: "")
    }

    private static let textNames: Set<String> = [
        "text", "texte", "contribution", "contenu", "content", "message", "body", "commentaire", "comment", "reponse",
        "answer", "proposition", "avis",
    ]
    private static let idNames: Set<String> = ["id", "identifiant", "reference", "ref", "uuid"]
    private static let dateNames: Set<String> = ["date", "publishedat", "createdat", "datedepublication", "datedecreation", "created"]
    private static let postalNames: Set<String> = ["postalcode", "codepostal", "zipcode", "zip", "cp", "authorzipcode"]
    private static let titleNames: Set<String> = ["title", "titre", "sujet", "subject"]
    private static let personalNames: Set<String> = ["authorid", "userid", "email", "mail", "courriel", "nom", "name", "prenom", "telephone", "phone", "ip"]
}
