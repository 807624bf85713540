/// A passage before it has a document id: role, section path and text.
struct AssembledBlock: Sendable, Hashable {
    var role: PassageRole
    var section: [String]
    var block: Block
    /// The folded words of the block's text, hashed as ``WordIndex`` hashes them (computed once,
    /// for the boilerplate rules, and reused by metadata inference).
    var words: [UInt64]
}

/// Turns parser blocks into passages: drops boilerplate, assigns roles (attendance, byline) and
/// section paths, and lays out the document text with exact offsets.
struct DocumentAssembler {
    /// Kept blocks with their roles and sections, in document order.
    func assemble(_ blocks: [Block]) -> [AssembledBlock] {
        var sections = SectionStack()
        var attendance = AttendanceTracker()
        var out: [AssembledBlock] = []
        for (block, words) in dropBoilerplate(blocks) {
            let role = attendance.role(of: block, words: words)
            if let level = block.headingLevel { sections.close(level: level) }
            out.append(AssembledBlock(role: role, section: sections.path, block: block, words: words.hashes))
            if let level = block.headingLevel { sections.push(level: level, title: block.text) }
        }
        return out
    }

    /// Removes furniture and related-links runs and boilerplate phrases; the kept blocks come with
    /// their words, hashed once for every word rule.
    func dropBoilerplate(_ blocks: [Block]) -> [(Block, BlockWords)] {
        var kept: [(Block, BlockWords)] = []
        var skipUntilLevel: Int?
        var skippingFurniture = false
        for block in blocks {
            let words = BlockWords(block.text)
            if let stop = skipUntilLevel {
                // A "read also" box inside an article is a link or two: the article's prose
                // goes on after it, with no heading in between.
                if let level = block.headingLevel, level <= stop, BoilerplateText.marker(words) == nil {
                    skipUntilLevel = nil
                } else if isProse(block) {
                    skipUntilLevel = nil
                } else {
                    continue
                }
            }
            if skippingFurniture {
                if block.headingLevel == nil, isShortFragment(block.text), BoilerplateText.marker(words) == nil { continue }
                skippingFurniture = false
            }
            switch BoilerplateText.marker(words) {
            case .related:
                skipUntilLevel = block.headingLevel ?? Block.inferredHeadingLevel
                continue
            case .furniture:
                skippingFurniture = true
                continue
            case nil:
                break
            }
            if words.isEmpty || BoilerplateText.isBoilerplateBlock(words) || BoilerplateText.isCreditLine(block) { continue }
            kept.append((block, words))
        }
        return Self.withoutEdgeFragments(kept)
    }

    /// A paragraph of running text: a few lines, not mostly links, ending as a sentence does (a
    /// teaser's excerpt ends with an ellipsis).
    private func isProse(_ block: Block) -> Bool {
        guard case .paragraph = block.kind, !block.linkDense, let last = block.text.unicodeScalars.last else { return false }
        return block.text.unicodeScalars.count > 80 && ".!?\"»“”".unicodeScalars.contains(last)
    }

    /// HTML pages end their text with short furniture the markup does not name (a tagline, a
    /// section label, a "Kontakt" line): headings and short paragraphs that are not sentences are
    /// dropped from the end, back to the first block that is content, and never before the last
    /// paragraph of prose. Pages open it the same way (a date line, a section name, a kicker):
    /// short paragraphs that are not sentences, labels nor date lines are dropped from the start, up to
    /// the first heading or other content, and never past the first paragraph of prose.
    static func withoutEdgeFragments(_ blocks: [(Block, BlockWords)]) -> [(Block, BlockWords)] {
        guard blocks.contains(where: { $0.0.sourceRange == nil }) else { return blocks }
        guard let lastProse = blocks.lastIndex(where: { isSentence($0.0) && $0.0.length >= 80 }) else { return blocks }
        var end = blocks.count
        while end - 1 > lastProse, isFragment(blocks[end - 1].0) { end -= 1 }
        let firstProse = blocks.firstIndex(where: { isSentence($0.0) && $0.0.length >= 80 }) ?? 0
        var start = 0
        while start < firstProse, isLeadingFragment(blocks[start].0) { start += 1 }
        return Array(blocks[start..<end])
    }

    private static func isFragment(_ block: Block) -> Bool {
        switch block.kind {
        case .listItem, .tableRow: return false
        case .heading, .paragraph: return !isSentence(block) && block.length < 60
        }
    }

    /// A date line the metadata reads ("Publié le 3 juin 2020") is kept: it dates the document.
    /// A label ending with a colon ("Ordre du jour :") introduces what follows: it stays.
    private static func isLeadingFragment(_ block: Block) -> Bool {
        guard case .paragraph = block.kind, block.text.unicodeScalars.last != ":" else { return false }
        return !isSentence(block) && block.length < 60 && !BylineText.isByline(block.text)
    }

    private static func isSentence(_ block: Block) -> Bool {
        guard case .paragraph = block.kind, let last = block.text.unicodeScalars.last else { return false }
        return ".!?\"»“”)".unicodeScalars.contains(last)
    }

    /// A tag or link label: short and not a sentence.
    private func isShortFragment(_ text: String) -> Bool {
        text.unicodeScalars.count <= 80 && !text.hasSuffix(".")
    }
}

/// The heading path above the current block.
private struct SectionStack {
    private var entries: [(level: Int, title: String)] = []

    var path: [String] { entries.map(\.title) }

    /// Closes the headings a new heading of `level` ends: those of the same or a deeper level.
    mutating func close(level: Int) {
        while let top = entries.last, top.level >= level { entries.removeLast() }
    }

    mutating func push(level: Int, title: String) {
        close(level: level)
        entries.append((level, title))
    }
}

/// Follows attendance lists: a cue opens one, a table with a name/quality header is one, and the
/// list goes on over rows, items and short lines until a heading of the cue's level or above, or a
/// paragraph of prose.
private struct AttendanceTracker {
    /// Level of the heading (or label) that opened the current list.
    private var openLevel: Int?
    private var inAttendanceTable = false

    /// Longest paragraph still read as part of a list (a name with a long quality).
    static let maxListLine = 200

    mutating func role(of block: Block, words: BlockWords) -> PassageRole {
        let base = Self.baseRole(of: block)
        if !block.isTableRow { inAttendanceTable = false }
        switch block.kind {
        case .heading(let level):
            if AttendanceText.isCue(block.text, words: words, asHeading: true) {
                openLevel = level
                return .attendance
            }
            if let open = openLevel, level <= open { openLevel = nil }
            return openLevel == nil ? .heading : .attendance
        case .paragraph:
            if AttendanceText.isCue(block.text, words: words, asHeading: false) {
                openLevel = openLevel ?? Block.labelLevel
                return .attendance
            }
            if openLevel != nil {
                if block.text.unicodeScalars.count <= Self.maxListLine { return .attendance }
                openLevel = nil
            }
            return base
        case .tableRow:
            if AttendanceText.isHeaderRow(block.text, words: words) { inAttendanceTable = true }
            return openLevel != nil || inAttendanceTable ? .attendance : .tableRow
        case .listItem:
            return openLevel != nil ? .attendance : .listItem
        }
    }

    private static func baseRole(of block: Block) -> PassageRole {
        switch block.kind {
        case .heading: return .heading
        case .paragraph: return BylineText.isByline(block.text) ? .metadata : .paragraph
        case .listItem: return .listItem
        case .tableRow: return .tableRow
        }
    }
}
