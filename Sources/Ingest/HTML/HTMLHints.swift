/// What a page's `<head>` and markup say about it, before looking at its text.
struct HTMLHints: Sendable, Hashable {
    var title: String?
    var ogTitle: String?
    var siteName: String?
    /// `article:published_time`, `DC.date`, `<time datetime>`… as found, first one wins.
    var publishedDate: CalendarDate?
    /// `og:url` or the canonical link.
    var url: String?

    static let dateMetaNames: Set<String> = [
        "article:published_time", "og:article:published_time", "date", "dc.date", "dc.date.issued",
        "dc.date.created", "dcterms.date", "dcterms.created", "dcterms.issued", "pubdate",
        "publication_date", "datepublished", "article.published",
    ]

    /// Reads the `<head>` of `root` and the first `<time datetime>` of the page.
    init(root: XMLNode) {
        root.forEachDescendant(skip: { ["body", "script", "style"].contains($0.name) }) { node in
            guard node.isElement else { return }
            switch node.name {
            case "title":
                if title == nil { title = Self.text(of: node) }
            case "meta":
                read(meta: node)
            case "link":
                if node.attribute("rel")?.lowercased() == "canonical", url == nil { url = node.attribute("href") }
            default:
                break
            }
        }
        if publishedDate == nil {
            root.forEachDescendant(skip: { ["script", "style", "head"].contains($0.name) }) { node in
                guard publishedDate == nil, node.isElement, node.name == "time",
                    let value = node.attribute("datetime")
                else { return }
                publishedDate = FrenchDates.first(in: value)
            }
        }
    }

    private mutating func read(meta node: XMLNode) {
        guard let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop"))?.lowercased(),
            let content = node.attribute("content")?.trimmingWhitespace, !content.isEmpty
        else { return }
        switch key {
        case "og:title": ogTitle = ogTitle ?? content
        case "og:site_name": siteName = siteName ?? content
        case "og:url": url = url ?? content
        case _ where Self.dateMetaNames.contains(key):
            publishedDate = publishedDate ?? FrenchDates.first(in: content)
        default: break
        }
    }

    /// Collapsed text of an element's descendants.
    static func text(of node: XMLNode) -> String {
        var parts: [String] = []
        node.forEachDescendant { d in if d.isText { parts.append(d.textContent) } }
        return parts.joined().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
