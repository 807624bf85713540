/// How a document's bytes were read.
public enum DocumentKind: String, Codable, Sendable, Hashable {
    case html
    case text
    /// A row of a consultation table (``Table``, ``TableRowContent``).
    case tableRow = "table-row"
}

/// One ingested document: its source, the metadata inferred from it, its plain text and its passages.
public struct Document: Codable, Sendable, Hashable {
    /// Stable across runs: derived from the path relative to the input root.
    public var id: String
    /// Path relative to the input root, with `/` separators.
    public var path: String
    /// SHA-256 of the raw bytes, lowercase hex.
    public var sha256: String
    public var kind: DocumentKind
    /// The encoding the bytes were decoded with (`utf-8`, `utf-16le`, `utf-16be`, `windows-1252`).
    public var encoding: String
    /// How that encoding was chosen: `bom`, `meta`, `utf-8-valid` or `fallback`.
    public var encodingSource: String
    public var title: String?
    /// ISO 8601 calendar date (`YYYY-MM-DD`), or nil when the document carries none.
    public var date: String?
    public var organisation: String?
    public var region: String?
    /// HTML only: the page's canonical address (`<link rel=canonical>`, else `og:url`), so that a
    /// report can link back to the source; nil when the page gives none.
    public var url: String?
    /// The extracted plain text. For text documents it is the decoded file; for HTML pages it is the
    /// main content's blocks separated by blank lines.
    public var text: String
    public var passages: [Passage]
    /// Table rows only: the department code of the row's postal code (`31`, `2A`, `974`).
    public var department: String?
    /// Table rows only: the row's other cells by column name (docvars), for grouping.
    public var metadata: [String: String]?

    public init(
        id: String, path: String, sha256: String, kind: DocumentKind, encoding: String,
        encodingSource: String, title: String?, date: String?, organisation: String?, region: String?,
        url: String? = nil, text: String, passages: [Passage], department: String? = nil, metadata: [String: String]? = nil
    ) {
        self.department = department
        self.metadata = metadata
        self.id = id
        self.path = path
        self.sha256 = sha256
        self.kind = kind
        self.encoding = encoding
        self.encodingSource = encodingSource
        self.title = title
        self.date = date
        self.organisation = organisation
        self.region = region
        self.url = url
        self.text = text
        self.passages = passages
    }

    enum CodingKeys: String, CodingKey {
        case id, path, sha256, kind, encoding
        case encodingSource = "encoding_source"
        case title, date, organisation, region, url, text, passages, department, metadata
    }

    /// Encodes absent metadata as explicit `null`s, so every line carries every field; the fields of
    /// table rows only (`department`, `metadata`) are written for table rows only.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(path, forKey: .path)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(kind, forKey: .kind)
        try c.encode(encoding, forKey: .encoding)
        try c.encode(encodingSource, forKey: .encodingSource)
        try c.encode(title, forKey: .title)
        try c.encode(date, forKey: .date)
        try c.encode(organisation, forKey: .organisation)
        try c.encode(region, forKey: .region)
        try c.encode(url, forKey: .url)
        try c.encode(text, forKey: .text)
        try c.encode(passages, forKey: .passages)
        if kind == .tableRow {
            try c.encode(department, forKey: .department)
            try c.encode(metadata ?? [:], forKey: .metadata)
        }
    }
}
