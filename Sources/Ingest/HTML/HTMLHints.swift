/// What a page's `<head>` and markup say about it, before looking at its text.
struct HTMLHints: Sendable, Hashable {
    var title: String?
    var ogTitle: String?
    var siteName: String?
    /// `article:published_time`, `DC.date`, `<time datetime>`… as found, first one wins.
    var publishedDate: CalendarDate?
    /// `og:url` or the canonical link.
    var url: String?

    /// ``url`` when it is an absolute `http(s)` address: a relative one cannot be followed without
    /// the address the page was fetched from, which a saved file does not carry.
    var absoluteURL: String? {
        guard let url = url?.trimmingWhitespace, let scheme = url.split(separator: ":", maxSplits: 1).first?.lowercased(),
            scheme == "http" || scheme == "https", url.contains("://")
        else { return nil }
        return url
    }

    static let dateMetaNames: Set<String> = [
        "article:published_time", "og:article:published_time", "date", "dc.date", "dc.date.issued",
        "dc.date.created", "dcterms.date", "dcterms.created", "dcterms.issued", "pubdate",
        "publication_date", "datepublished", "article.published",
    ]
}

extension HTMLHints {
    /// Gathers the hints from a page's events, in one pass: the first `<title>`, the `<meta>` and
    /// canonical `<link>` elements outside `<body>`, `<script>` and `<style>`, and, when no meta
    /// gives a date, the first `<time datetime>` outside `<head>`, `<script>` and `<style>`, else
    /// the first date in the text of an element named as a date (`class="date"`, `post-date`):
    /// such a line is page furniture to the text (``BoilerplateElements``) but dates the page.
    struct Collector {
        private(set) var hints = HTMLHints()
        private var timeDate: CalendarDate?
        private var dateLineDate: CalendarDate?
        /// Depth of the element named as a date whose text is being read, and that text.
        private var dateLineDepth: Int?
        private var dateLineText: [UInt8] = []
        /// Depth of the `<body>`/`<script>`/`<style>` whose subtree is not read for head hints.
        private var headSkip: Int?
        /// Depth of the `<head>`/`<script>`/`<style>` whose subtree is not read for `<time>`.
        private var timeSkip: Int?
        private var titleDepth: Int?
        private var titleText: [UInt8] = []

        private var wantsDateLine: Bool { dateLineDepth == nil && dateLineDate == nil && timeDate == nil && hints.publishedDate == nil }

        /// - Parameter namesDate: whether the element's class names a date.
        mutating func start(_ element: ElementTraits, depth: Int, attributes: ElementAttributes, namesDate: Bool) {
            if headSkip == nil {
                if element.contains(.title), hints.title == nil, titleDepth == nil {
                    titleDepth = depth
                } else if element.contains(.meta) {
                    read(meta: attributes)
                } else if element.contains(.linkElement), hints.url == nil,
                    attributes.value(AttributeName.rel, isOneOf: [Array("canonical".utf8)])
                {
                    hints.url = attributes.value(AttributeName.href)
                }
                if element.contains(.hidesHeadHints) { headSkip = depth }
            }
            if timeSkip == nil {
                if element.contains(.time), timeDate == nil, let value = attributes.value(AttributeName.datetime) {
                    timeDate = FrenchDates.first(in: value)
                }
                if namesDate, wantsDateLine {
                    dateLineDepth = depth
                    dateLineText.removeAll()
                }
                if element.contains(.hidesContent) { timeSkip = depth }
            }
        }

        mutating func end(depth: Int) {
            if headSkip == depth { headSkip = nil }
            if timeSkip == depth { timeSkip = nil }
            if titleDepth == depth {
                titleDepth = nil
                hints.title = collapsedTitle
            }
            if dateLineDepth == depth {
                dateLineDepth = nil
                dateLineDate = FrenchDates.first(in: String(decoding: dateLineText, as: UTF8.self))
            }
        }

        mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
            if titleDepth != nil { titleText.append(contentsOf: bytes) }
            if dateLineDepth != nil, dateLineText.count < Self.maxDateLine {
                dateLineText.append(contentsOf: bytes.prefix(Self.maxDateLine - dateLineText.count))
            }
        }

        /// Bytes of a date line's text read: a date line is short, and an element named `date`
        /// that wraps more is not one.
        static let maxDateLine = 200

        private var collapsedTitle: String {
            String(decoding: titleText, as: UTF8.self).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }

        /// The hints once the page has been read (a `<title>` the page never closed included).
        var result: HTMLHints {
            var result = hints
            if titleDepth != nil { result.title = collapsedTitle }
            result.publishedDate = result.publishedDate ?? timeDate ?? dateLineDate
            return result
        }

        private mutating func read(meta attributes: ElementAttributes) {
            guard
                let key = (attributes.value(AttributeName.property) ?? attributes.value(AttributeName.name) ?? attributes.value(AttributeName.itemprop))?
                    .lowercased(),
                let content = attributes.value(AttributeName.content)?.trimmingWhitespace, !content.isEmpty
            else { return }
            switch key {
            case "og:title": hints.ogTitle = hints.ogTitle ?? content
            case "og:site_name": hints.siteName = hints.siteName ?? content
            case "og:url": hints.url = hints.url ?? content
            case _ where HTMLHints.dateMetaNames.contains(key):
                hints.publishedDate = hints.publishedDate ?? FrenchDates.first(in: content)
            default: break
            }
        }
    }
}
