import Foundation

/// Title, date, organisation and region, inferred from a document's own content (never from its
/// file name). Attendance passages are never read: they name people and the bodies they sit for.
struct InferredMetadata: Sendable, Hashable {
    var title: String?
    var date: CalendarDate?
    var organisation: String?
    var region: String?
}

enum MetadataInference {
    /// Longest title kept; longer first sentences are cut at a word boundary.
    static let maxTitle = 120

    static func infer(_ blocks: [AssembledBlock], hints: HTMLHints?) -> InferredMetadata {
        let content = blocks.filter { $0.role != .attendance }
        let title = inferTitle(content, hints: hints)
        let date = hints?.publishedDate ?? inferDate(content, title: title)
        let titleWords = WordIndex.hashes(ofText: [title, hints?.title, hints?.siteName].compactMap { $0 }.joined(separator: " "))
        let titleIndex = WordIndex(hashes: titleWords)
        // Title then body, indexed once; the body's own index is its tail.
        // Blocks are joined by line breaks, which end words: the body's words are its blocks'.
        let allWords = WordIndex(hashes: titleWords + content.flatMap(\.words))
        let bodyIndex = allWords.suffix(from: titleWords.count)
        // Each block, then the URL and the site name: separate texts, as words never run across a
        // line break; the body is never joined into one string.
        let addresses = (content.map(\.block.text) + [hints?.url ?? "", hints?.siteName ?? ""]).flatMap { Regions.addresses(in: $0) }
        let isMinutes = blocks.contains { $0.role == .attendance } || Organisations.minutesCues.contains { bodyIndex.count($0) > 0 }
        let body = Organisations.infer(
            title: titleIndex, body: bodyIndex, addresses: addresses, siteName: hints?.siteName, isMinutes: isMinutes)
        // A place named once in passing (a keyboard layout, "le plus grand est…") is no region: it
        // takes an address, the title, two mentions, or one in a document a health body signs.
        func corroborated(_ count: Int, _ phrases: [String]) -> Bool {
            count >= 2 || body != nil || phrases.contains { titleIndex.count($0) > 0 }
        }
        let departments = Departments.mentions(in: allWords).filter { corroborated($0.1, [$0.0.words]) }
        let department = topMention(departments, in: allWords) { [$0.words] }
        let region = Regions.fromAddresses(addresses)?.name
            ?? topMention(Regions.mentions(in: allWords).filter { corroborated($0.1, $0.0.aliases) }, in: allWords) { $0.aliases }?.name
            ?? department?.region
        var organisation = body?.acronym
        if let body, body.isRegional, let region { organisation = "\(body.acronym) \(region)" }
        if let body, body.acronym == "CTS", let department { organisation = "CTS \(department.name)" }
        return InferredMetadata(title: title, date: date, organisation: organisation, region: region)
    }

    /// HTML: the first `<h1>`, then `og:title`, then `<title>` up to its site suffix. Text: the first
    /// heading standing before any long paragraph; else the first sentence of the first paragraph.
    static func inferTitle(_ blocks: [AssembledBlock], hints: HTMLHints?) -> String? {
        if let hints {
            if let h1 = blocks.first(where: { $0.block.headingLevel == 1 }) { return h1.block.text }
            if let og = hints.ogTitle { return og }
            if let title = hints.title, let head = title.components(separatedBy: " | ").first?.trimmingWhitespace, !head.isEmpty {
                return head
            }
        }
        for b in blocks {
            if let level = b.block.headingLevel, level != Block.labelLevel { return b.block.text }
            if b.role == .paragraph, b.block.text.scalarCount > 200 { break }
        }
        guard let first = blocks.first(where: { $0.role == .paragraph || $0.role == .listItem }) else { return nil }
        return firstSentence(first.block.text)
    }

    /// The blocks without the heading that repeats the page's title (its `<h1>`, or a heading equal
    /// to `og:title` or `<title>`), when it stands first or after one short block (a category
    /// label). A page whose only block is its title keeps it.
    static func withoutTitleCopy(_ blocks: [AssembledBlock], title: String?, hints: HTMLHints) -> [AssembledBlock] {
        let titles = Set([title, hints.ogTitle, hints.title].compactMap { $0.map { MatchFolding.words($0) } })
        guard blocks.count > 1, !titles.isEmpty else { return blocks }
        for i in blocks.indices.prefix(2) {
            if blocks[i].block.headingLevel != nil, titles.contains(MatchFolding.words(blocks[i].block.text)) {
                var out = blocks
                out.remove(at: i)
                return out
            }
            guard blocks[i].block.text.scalarCount <= 60 else { break }
        }
        return blocks
    }

    /// How many leading blocks may hold a document's date when no byline gives it.
    static let dateWindow = 5

    /// A byline's date, then a date in the title, then the first one in the first blocks (headings
    /// included: "Compte rendu de la réunion du 11 juin 2020").
    static func inferDate(_ blocks: [AssembledBlock], title: String?) -> CalendarDate? {
        if let byline = blocks.first(where: { $0.role == .metadata }), let d = FrenchDates.first(in: byline.block.text) {
            return d
        }
        if let title, let d = FrenchDates.first(in: title) { return d }
        for b in blocks.prefix(dateWindow) {
            if let d = FrenchDates.first(in: b.block.text) { return d }
        }
        return nil
    }

    /// The most mentioned item, the first mentioned on a tie.
    static func topMention<T>(_ counts: [(T, Int)], in words: WordIndex, key: (T) -> [String]) -> T? {
        guard let top = counts.map(\.1).max() else { return nil }
        func position(_ item: T) -> Int { key(item).compactMap { words.first($0) }.min() ?? Int.max }
        return counts.filter { $0.1 == top }.map(\.0).min { position($0) < position($1) }
    }

    static func firstSentence(_ text: String) -> String {
        let flat = text.split(whereSeparator: { $0.isNewline }).joined(separator: " ")
        var sentence = flat
        if let end = flat.firstIndex(where: { ".!?".contains($0) }) { sentence = String(flat[...end]) }
        guard sentence.count > maxTitle else { return sentence }
        let cut = sentence.prefix(maxTitle)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord + "…"
    }
}
