/// Turns plain-text or Markdown-like minutes into blocks that slice the original text.
///
/// Recognised: Markdown headings (`#` to `######`), inferred headings (all-caps lines, isolated
/// short lines without final punctuation, short labels ending with `:`), bullets (`-`, `*`, `•`,
/// `–`, `—`, `+`, `·`, `▪`, numbered `1.` / `1)` / `a)`) with indented continuation lines,
/// tab-separated table rows, and paragraphs (runs of non-blank lines).
struct PlainTextParser {
    private let s: [Unicode.Scalar]

    init(scalars: [Unicode.Scalar]) {
        self.s = scalars
    }

    func blocks() -> [Block] {
        var builder = BlockRun(parser: self)
        for line in LineScanner.lines(of: s) {
            if line.isBlank {
                builder.flush()
            } else if let (level, range) = markdownHeading(line) {
                builder.flush()
                builder.emit(.heading(level: level), range)
            } else if isTableRow(line) {
                builder.flush()
                builder.emit(.tableRow, line.contentStart..<line.contentEnd)
            } else if let textStart = bulletTextStart(line) {
                builder.flush()
                builder.openItem(depth: line.indent / 2, indent: line.indent, start: textStart, end: line.contentEnd)
            } else {
                builder.addTextLine(line)
            }
        }
        builder.flush()
        return Self.bareHeadingsAsContent(builder.blocks)
    }

    /// An inferred heading with nothing under it (the next block is a heading of its rank or
    /// above, or the text ends) is a short line of content: a one-line answer ("Plus de lits dans
    /// les hôpitaux") or a closing line, which is scored like any paragraph. Markdown headings and
    /// labels stay headings: their writer said so.
    static func bareHeadingsAsContent(_ blocks: [Block]) -> [Block] {
        var out = blocks
        for i in out.indices where out[i].headingLevel == Block.inferredHeadingLevel {
            let next = i + 1 < out.count ? out[i + 1] : nil
            let hasBody = next.map { $0.headingLevel.map { $0 > Block.inferredHeadingLevel } ?? true } ?? false
            if !hasBody { out[i].kind = .paragraph }
        }
        return out
    }

    // MARK: - Slicing

    func string(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(s[r])) }

    /// `r` without surrounding white space and, when the whole line is `**…**` or `__…__`, without the
    /// emphasis markers.
    func trimmed(_ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound
        var b = r.upperBound
        while a < b, s[a].properties.isWhitespace { a += 1 }
        while b > a, s[b - 1].properties.isWhitespace { b -= 1 }
        for marker in ["**", "__"] {
            let m = Array(marker.unicodeScalars)
            if b - a > 4, Array(s[a..<(a + 2)]) == m, Array(s[(b - 2)..<b]) == m {
                return trimmed((a + 2)..<(b - 2))
            }
        }
        return a..<b
    }

    // MARK: - Line shapes

    private func markdownHeading(_ line: TextLine) -> (Int, Range<Int>)? {
        var i = line.contentStart
        while i < line.contentEnd, s[i] == "#" { i += 1 }
        let level = i - line.contentStart
        guard (1...6).contains(level), i < line.contentEnd, s[i].properties.isWhitespace else { return nil }
        var end = line.contentEnd
        while end > i, s[end - 1] == "#" || s[end - 1].properties.isWhitespace { end -= 1 }
        let r = trimmed(i..<end)
        return r.isEmpty ? nil : (level, r)
    }

    private func isTableRow(_ line: TextLine) -> Bool {
        let cells = s[line.start..<line.end].split(separator: "\t")
        let filled = cells.filter { cell in cell.contains { !$0.properties.isWhitespace } }
        return filled.count >= 2 && s[line.contentStart..<line.contentEnd].contains("\t")
    }

    /// Where an item's text starts, if the line opens a list item.
    private func bulletTextStart(_ line: TextLine) -> Int? {
        let a = line.contentStart
        let e = line.contentEnd
        let bullets: Set<Unicode.Scalar> = ["-", "*", "•", "–", "—", "+", "·", "▪", "►", "‣", "◦"]
        var i: Int
        if bullets.contains(s[a]) {
            i = a + 1
        } else {
            i = a
            while i < e, i - a < 3, ("0"..."9").contains(s[i]) { i += 1 }
            if i == a, i < e, ("a"..."z").contains(s[i]), i + 1 < e, s[i + 1] == ")" {
                i += 1
            } else if i == a {
                return nil
            }
            guard i < e, s[i] == "." || s[i] == ")" else { return nil }
            i += 1
        }
        guard i < e, s[i].properties.isWhitespace else { return nil }
        while i < e, s[i].properties.isWhitespace { i += 1 }
        return i < e ? i : nil
    }
}

/// Accumulates the open paragraph or list item of ``PlainTextParser``.
private struct BlockRun {
    let parser: PlainTextParser
    var blocks: [Block] = []
    private var paragraph: [TextLine] = []
    private var item: (depth: Int, indent: Int, start: Int, end: Int)?

    init(parser: PlainTextParser) { self.parser = parser }

    mutating func emit(_ kind: Block.Kind, _ r: Range<Int>) {
        blocks.append(Block(kind: kind, text: parser.string(r), sourceRange: r))
    }

    mutating func openItem(depth: Int, indent: Int, start: Int, end: Int) {
        item = (depth, indent, start, end)
    }

    mutating func addTextLine(_ line: TextLine) {
        if let open = item, line.indent > open.indent {
            item?.end = line.contentEnd
            return
        }
        flushItem()
        paragraph.append(line)
    }

    mutating func flush() {
        flushItem()
        flushParagraph()
    }

    private mutating func flushItem() {
        guard let open = item else { return }
        item = nil
        emit(.listItem(depth: open.depth), parser.trimmed(open.start..<open.end))
    }

    private mutating func flushParagraph() {
        guard let first = paragraph.first, let last = paragraph.last else { return }
        let lineCount = paragraph.count
        paragraph = []
        var r = parser.trimmed(first.contentStart..<last.contentEnd)
        guard !r.isEmpty else { return }
        if lineCount == 1, let level = HeadingShape.level(of: parser.string(r)) {
            if level == Block.labelLevel { r = labelRange(r) }
            emit(.heading(level: level), r)
        } else {
            emit(.paragraph, r)
        }
    }

    /// A label's range without its final colon.
    private func labelRange(_ r: Range<Int>) -> Range<Int> {
        let text = Array(parser.string(r).unicodeScalars)
        var end = text.count
        while end > 0, text[end - 1] == ":" || text[end - 1].properties.isWhitespace { end -= 1 }
        return end == 0 ? r : r.lowerBound..<(r.lowerBound + end)
    }
}

/// Which single lines of plain text read as headings.
enum HeadingShape {
    /// ``Block/labelLevel`` for a short label ending with `:`, ``Block/inferredHeadingLevel`` for an
    /// all-caps line or an isolated short line without final punctuation, nil for a sentence, a
    /// byline or a dated line ("Relevé de conclusions de la séance du 15 juin 2020").
    static func level(of line: String) -> Int? {
        let scalars = Array(line.unicodeScalars)
        guard let last = scalars.last else { return nil }
        let words = line.split(whereSeparator: { $0.isWhitespace }).count
        if last == ":" {
            return scalars.count <= 50 && words <= 7 ? Block.labelLevel : nil
        }
        if ".,;!?…»)".unicodeScalars.contains(last) { return nil }
        if words <= 15, FrenchDates.first(in: line) != nil { return nil }
        let letters = scalars.filter { $0.properties.isAlphabetic }
        if letters.count >= 3, !letters.contains(where: { $0.properties.isLowercase }), scalars.count <= 120 {
            return Block.inferredHeadingLevel
        }
        guard scalars.count <= 90, words <= 12,
            let firstAlnum = scalars.first(where: { $0.properties.isAlphabetic || ("0"..."9").contains($0) }),
            firstAlnum.properties.isUppercase || ("0"..."9").contains(firstAlnum)
        else { return nil }
        return Block.inferredHeadingLevel
    }
}
