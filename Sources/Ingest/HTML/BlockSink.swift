import Foundation

/// Turns the elements and text of one content container into blocks: headings, paragraphs, list
/// items and table rows (cells joined by tabs, as in text minutes). The inline text being gathered
/// and the structure around it are kept as UTF-8 bytes: one `String` is made per block, when it is
/// emitted. A value type, so that a provisional subtree can be rolled back by keeping a copy.
struct BlockSink {
    var blocks: [Block] = []
    private(set) var buffer: [UInt8] = []
    private(set) var pendingSpace = false
    /// Unicode scalars of link text in the buffer.
    private(set) var linkChars = 0
    private var linkDepth = 0
    private var kinds: [Block.Kind] = []
    private var listDepth = 0
    private var rowCells: [[UInt8]]?
    /// Whether each of ``rowCells`` was more than half link text.
    private var rowCellsLinkDense: [Bool] = []
    private var cellDepth = 0


    mutating func enter(_ element: ElementTraits) {
        if element.contains(.layoutInCell), rowCells != nil, cellDepth > 0 { breakLayoutRow() }
        if element.contains(.lineBreak) {
            buffer.append(0x0A)
            pendingSpace = false
        } else if let level = element.headingLevel {
            flush()
            kinds.append(.heading(level: level))
        } else if element.contains(.listItem) {
            flush()
            kinds.append(.listItem(depth: listDepth))
            listDepth += 1
        } else if element.contains(.tableRow) {
            flush()
            rowCells = []
            rowCellsLinkDense = []
        } else if element.contains(.tableCell) {
            if rowCells != nil {
                flushCell()
                cellDepth += 1
            } else {
                flush()
            }
        } else if element.contains(.link) {
            linkDepth += 1
        } else if element.contains(.block) {
            flush()
            kinds.append(.paragraph)
        }
    }

    mutating func exit(_ element: ElementTraits) {
        if element.contains(.heading) {
            flush()
            kinds.removeLast()
        } else if element.contains(.listItem) {
            flush()
            kinds.removeLast()
            listDepth -= 1
        } else if element.contains(.tableRow) {
            flushCell()
            if let cells = rowCells {
                let filled = cells.filter { !$0.isEmpty }
                if filled.count >= 2 {
                    emit(.tableRow, Array(cells.joined(separator: [0x09])))
                } else if let only = filled.first {
                    emit(.paragraph, only)
                }
            }
            rowCells = nil
            cellDepth = 0
        } else if element.contains(.tableCell) {
            if rowCells != nil {
                flushCell()
                cellDepth = max(0, cellDepth - 1)
            } else {
                flush()
            }
        } else if element.contains(.link) {
            linkDepth = max(0, linkDepth - 1)
        } else if element.contains(.block) {
            flush()
            kinds.removeLast()
        }
    }

    /// Appends a text node's bytes: runs of ASCII white space become one pending space. What lies
    /// between them is appended in chunks: a single 0x20 between two other bytes is kept as it
    /// stands (it is the space a run would become), so most text goes in one append per run of
    /// words rather than one per word.
    mutating func appendText(_ text: UnsafeBufferPointer<UInt8>) {
        let n = text.count
        var i = 0
        while i < n {
            if text[i].isASCIIWhitespace {
                pendingSpace = true
                i += 1
                continue
            }
            var end = i + 1
            while end < n {
                if !text[end].isASCIIWhitespace {
                    end += 1
                } else if text[end] == 0x20, end + 1 < n, !text[end + 1].isASCIIWhitespace {
                    end += 2
                } else {
                    break
                }
            }
            if pendingSpace, let last = buffer.last, last != 0x0A {
                buffer.append(0x20)
                if linkDepth > 0 { linkChars += 1 }
            }
            pendingSpace = false
            let run = UnsafeBufferPointer(rebasing: text[i..<end])
            buffer.append(contentsOf: run)
            if linkDepth > 0 { linkChars += BlockText.scalarCount(run) }
            i = end
        }
    }

    /// Ends the current block. Inside a table cell, block elements only separate words.
    mutating func flush() {
        if rowCells != nil, cellDepth > 0 {
            pendingSpace = true
            return
        }
        guard !buffer.isEmpty else {
            // Nothing gathered since the last block (most flushes): nothing to clean or emit.
            pendingSpace = false
            linkChars = 0
            return
        }
        let text = BlockText.clean(buffer)
        let total = max(1, BlockText.scalarCount(text))
        let linkDense = linkChars * 2 > total
        buffer.removeAll(keepingCapacity: true)
        pendingSpace = false
        linkChars = 0
        if !text.isEmpty { emit(kinds.last ?? .paragraph, text, linkDense: linkDense, length: total) }
    }

    /// A cell holding paragraphs, lists or a table is page layout (a navigation column beside the
    /// text), not data: the row's cells so far become paragraphs, each judged for link density,
    /// and the rest of the row is read as ordinary blocks.
    private mutating func breakLayoutRow() {
        guard let cells = rowCells else { return }
        rowCells = nil
        cellDepth = 0
        for (cell, dense) in zip(cells, rowCellsLinkDense) where !cell.isEmpty { emit(.paragraph, cell, linkDense: dense) }
        rowCellsLinkDense = []
        flush()
    }

    private mutating func flushCell() {
        guard rowCells != nil else { return }
        let text = BlockText.clean(buffer).map { $0 == 0x09 ? 0x20 : $0 }
        if cellDepth > 0 || !text.isEmpty {
            rowCells?.append(text)
            rowCellsLinkDense.append(linkChars * 2 > max(1, BlockText.scalarCount(text)))
        }
        buffer.removeAll(keepingCapacity: true)
        pendingSpace = false
        linkChars = 0
    }

    private mutating func emit(_ kind: Block.Kind, _ text: [UInt8], linkDense: Bool = false, length: Int? = nil) {
        let length = length ?? BlockText.scalarCount(text)
        blocks.append(Block(kind: kind, text: String(decoding: text, as: UTF8.self), linkDense: linkDense, length: length, sourceRange: nil))
    }
}

/// Byte-level clean-up of gathered block text.
enum BlockText {
    /// Trims each line (Unicode white space, NBSP included) and drops empty lines (from `<br>` runs).
    static func clean(_ text: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        text.withUnsafeBufferPointer { bytes in
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                let (from, to) = trimmed(bytes, lineStart, lineEnd)
                if from < to {
                    if !out.isEmpty { out.append(0x0A) }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<to]))
                }
                lineStart = lineEnd + 1
            }
        }
        return out
    }

    /// The bounds of `bytes[from..<to]` without leading and trailing white space scalars.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> (Int, Int) {
        var a = from
        while a < to {
            let (value, length) = decodeScalar(bytes, at: a)
            guard MatchFolding.isWhitespace(value) else { break }
            a += length
        }
        var b = to
        while b > a {
            var start = b - 1
            while start > a, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            guard MatchFolding.isWhitespace(decodeScalar(bytes, at: start).value) else { break }
            b = start
        }
        return (a, b)
    }

    /// Unicode scalars in UTF-8 bytes: the bytes that are not continuation bytes.
    static func scalarCount(_ bytes: some Sequence<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
    }
}

/// libxml2 2.9 leaves `<![CDATA[…]]>` in HTML content as literal text. Browsers read `<![` there
/// as the start of a bogus comment that ends at the next `>` (HTML Standard, "markup declaration
/// open state"), so it is never shown; neither is it kept here.
enum BogusComments {
    /// Calls `body` with each run of `text` outside bogus comments, in order. The `<` that may
    /// open one are found with memchr (most text has none).
    static func forEachVisibleRun(_ text: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let base = text.baseAddress else { return }
        let n = text.count
        var runStart = 0
        var i = 0
        while i + 2 < n {
            guard let found = memchr(base + i, Int32(UInt8(ascii: "<")), n - 2 - i) else { break }
            let open = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            guard text[open + 1] == UInt8(ascii: "!"), text[open + 2] == UInt8(ascii: "[") else {
                i = open + 1
                continue
            }
            if open > runStart { body(UnsafeBufferPointer(rebasing: text[runStart..<open])) }
            guard let closed = memchr(base + open + 3, Int32(UInt8(ascii: ">")), n - open - 3) else { return }
            i = UnsafeRawPointer(closed) - UnsafeRawPointer(base) + 1
            runStart = i
        }
        if runStart < n { body(UnsafeBufferPointer(rebasing: text[runStart..<n])) }
    }
}
