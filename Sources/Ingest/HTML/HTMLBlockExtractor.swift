import Foundation

/// Walks the main content of a libxml2 tree, iteratively, and emits blocks: headings, paragraphs,
/// list items and table rows (cells joined by tabs, as in text minutes).
struct HTMLBlockExtractor {
    var maxDepth: Int
    /// Asked every few hundred nodes; returning false stops the walk with a ``IngestFailure/timeout``.
    var shouldContinue: @Sendable () -> Bool = { true }

    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "blockquote", "dd", "dt", "dl", "pre", "figure",
        "figcaption", "caption", "ul", "ol", "table", "thead", "tbody", "tfoot", "header", "address",
        "center", "fieldset", "details", "summary", "hr", "body", "html",
    ]

    func blocks(from choice: MainContentLocator.Choice) throws(IngestFailure) -> [Block] {
        var sink = BlockSink(dropLinkDense: !choice.isDeclared)
        var stack: [(node: XMLNode, depth: Int, exiting: Bool)] = [(choice.node, 0, false)]
        var visited = 0
        while let (node, depth, exiting) = stack.popLast() {
            visited += 1
            if visited % 256 == 1, !shouldContinue() {
                throw IngestFailure(.timeout, "extraction exceeded the time limit")
            }
            if node.isText {
                sink.appendText(BogusComments.removing(from: node.textContent))
                continue
            }
            guard node.isElement else { continue }  // comments, CDATA, entity references: never entered
            if exiting {
                sink.exit(node.name)
                continue
            }
            if depth > maxDepth {
                throw IngestFailure(.tooDeep, "elements nest deeper than the limit of \(maxDepth)")
            }
            if depth > 0, BoilerplateElements.isBoilerplate(node, insideMain: true) { continue }
            sink.enter(node.name)
            stack.append((node, depth, true))
            var children: [XMLNode] = []
            var child = node.firstChild
            while let c = child {
                children.append(c)
                child = c.nextSibling
            }
            for c in children.reversed() { stack.append((c, depth + 1, false)) }
        }
        sink.flush()
        return sink.blocks
    }
}

/// The inline text being gathered and the structure around it.
private struct BlockSink {
    let dropLinkDense: Bool
    var blocks: [Block] = []
    private var buffer = ""
    private var pendingSpace = false
    private var linkChars = 0
    private var linkDepth = 0
    private var kinds: [Block.Kind] = []
    private var listDepth = 0
    private var rowCells: [String]?
    private var cellDepth = 0

    init(dropLinkDense: Bool) { self.dropLinkDense = dropLinkDense }

    mutating func enter(_ name: String) {
        switch name {
        case "br":
            buffer.append("\n")
            pendingSpace = false
        case "h1", "h2", "h3", "h4", "h5", "h6":
            flush()
            kinds.append(.heading(level: Int(String(name.last!))!))
        case "li":
            flush()
            kinds.append(.listItem(depth: listDepth))
            listDepth += 1
        case "tr":
            flush()
            rowCells = []
        case "td", "th":
            if rowCells != nil {
                flushCell()
                cellDepth += 1
            } else {
                flush()
            }
        case "a":
            linkDepth += 1
        case _ where HTMLBlockExtractor.blockElements.contains(name):
            flush()
            kinds.append(.paragraph)
        default:
            break
        }
    }

    mutating func exit(_ name: String) {
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            flush()
            kinds.removeLast()
        case "li":
            flush()
            kinds.removeLast()
            listDepth -= 1
        case "tr":
            flushCell()
            if let cells = rowCells {
                let filled = cells.filter { !$0.isEmpty }
                if filled.count >= 2 {
                    emit(.tableRow, cells.joined(separator: "\t"))
                } else if let only = filled.first {
                    emit(.paragraph, only)
                }
            }
            rowCells = nil
            cellDepth = 0
        case "td", "th":
            if rowCells != nil {
                flushCell()
                cellDepth = max(0, cellDepth - 1)
            } else {
                flush()
            }
        case "a":
            linkDepth = max(0, linkDepth - 1)
        case _ where HTMLBlockExtractor.blockElements.contains(name):
            flush()
            kinds.removeLast()
        default:
            break
        }
    }

    mutating func appendText(_ text: String) {
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}" {
                pendingSpace = true
                continue
            }
            if pendingSpace, !buffer.isEmpty, buffer.unicodeScalars.last != "\n" {
                buffer.unicodeScalars.append(" ")
                if linkDepth > 0 { linkChars += 1 }
            }
            pendingSpace = false
            buffer.unicodeScalars.append(scalar)
            if linkDepth > 0 { linkChars += 1 }
        }
    }

    /// Ends the current block. Inside a table cell, block elements only separate words.
    mutating func flush() {
        if rowCells != nil, cellDepth > 0 {
            pendingSpace = true
            return
        }
        let text = Self.clean(buffer)
        let total = max(1, text.unicodeScalars.count)
        let linkDense = dropLinkDense && linkChars * 2 > total
        buffer = ""
        pendingSpace = false
        linkChars = 0
        if !text.isEmpty, !linkDense { emit(kinds.last ?? .paragraph, text) }
    }

    private mutating func flushCell() {
        guard rowCells != nil else { return }
        let text = Self.clean(buffer).replacingTabs
        if cellDepth > 0 || !text.isEmpty { rowCells?.append(text) }
        buffer = ""
        pendingSpace = false
        linkChars = 0
    }

    private mutating func emit(_ kind: Block.Kind, _ text: String) {
        blocks.append(Block(kind: kind, text: text, sourceRange: nil))
    }

    /// Trims each line of `text` and drops empty lines (from `<br>` runs).
    private static func clean(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.trimmingWhitespace }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }
}

extension String {
    fileprivate var replacingTabs: String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\t" ? " " : $0 }))
    }
}

/// libxml2 2.9 leaves `<![CDATA[…]]>` in HTML content as literal text. Browsers read `<![` there
/// as the start of a bogus comment that ends at the next `>` (HTML Standard, "markup declaration
/// open state"), so it is never shown; neither is it kept here.
enum BogusComments {
    static func removing(from text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "<")), text.contains("<![") else { return text }
        var out = ""
        var rest = text[...]
        while let open = rest.range(of: "<![") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstIndex(of: ">") else { return out }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
