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
        let bodyText = content.map(\.block.text).joined(separator: "\n")
        let bodyWords = MatchFolding.words(bodyText)
        let titleWords = MatchFolding.words([title, hints?.title, hints?.siteName].compactMap { $0 }.joined(separator: " "))
        let addressText = bodyText + " " + (hints?.url ?? "") + " " + (hints?.siteName ?? "")
        let region = inferRegion(words: titleWords + " " + bodyWords, addressText: addressText)
        let isMinutes = blocks.contains { $0.role == .attendance }
            || Organisations.minutesCues.contains { (" " + bodyWords + " ").contains(" \($0) ") }
        let body = Organisations.infer(
            titleWords: titleWords, bodyWords: bodyWords, addressText: addressText, siteName: hints?.siteName,
            isMinutes: isMinutes)
        var organisation = body?.acronym
        if let body, body.isRegional, let region { organisation = "\(body.acronym) \(region)" }
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
            if b.role == .paragraph, b.block.text.unicodeScalars.count > 200 { break }
        }
        guard let first = blocks.first(where: { $0.role == .paragraph || $0.role == .listItem }) else { return nil }
        return firstSentence(first.block.text)
    }

    /// A byline's date, then a date in the title, then one in the first three paragraphs.
    static func inferDate(_ blocks: [AssembledBlock], title: String?) -> CalendarDate? {
        if let byline = blocks.first(where: { $0.role == .metadata }), let d = FrenchDates.first(in: byline.block.text) {
            return d
        }
        if let title, let d = FrenchDates.first(in: title) { return d }
        for b in blocks.filter({ $0.role == .paragraph }).prefix(3) {
            if let d = FrenchDates.first(in: b.block.text) { return d }
        }
        return nil
    }

    /// An ARS address names the region outright; otherwise the region mentioned most (first
    /// mentioned on a tie).
    static func inferRegion(words: String, addressText: String) -> String? {
        if let region = Regions.fromAddresses(in: addressText) { return region.name }
        let counts = Regions.mentions(inWords: words)
        guard let top = counts.map(\.1).max() else { return nil }
        let tied = Set(counts.filter { $0.1 == top }.map(\.0.name))
        let padded = " " + words + " "
        return tied.min { a, b in
            firstMention(of: a, in: padded) < firstMention(of: b, in: padded)
        }
    }

    private static func firstMention(of name: String, in padded: String) -> String.Index {
        let region = Regions.all.first { $0.name == name }!
        return region.aliases.compactMap { padded.range(of: " \($0) ")?.lowerBound }.min() ?? padded.endIndex
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
