/// Places passages in the document text, so that every passage is an exact slice of it.
enum TextLayout {
    /// Separator between blocks in a built text.
    static let separator = "\n\n"

    /// Text documents: the text is the decoded file and passages are the blocks' source ranges.
    /// `words`: each passage's word hashes (``AssembledBlock/words``), in passage order.
    static func sliced(source: String, blocks: [AssembledBlock], documentID: String) -> (passages: [Passage], words: [[UInt64]]) {
        var passages: [Passage] = []
        var words: [[UInt64]] = []
        for (i, b) in blocks.enumerated() {
            guard let r = b.block.sourceRange else { continue }
            passages.append(passage(i, b, documentID: documentID, start: r.lowerBound, end: r.upperBound))
            words.append(b.words)
        }
        return (passages, words)
    }

    /// HTML documents: the text is built from the blocks, separated by blank lines. Every block is
    /// a passage, so the passages' word hashes are the blocks'.
    static func joined(blocks: [AssembledBlock], documentID: String) -> (text: String, passages: [Passage]) {
        var text = ""
        // Sized once: appending block after block to an empty string reallocated it as it grew.
        text.reserveCapacity(blocks.reduce(0) { $0 + $1.block.text.utf8.count } + max(0, blocks.count - 1) * separator.utf8.count)
        var length = 0  // scalars so far: String.UnicodeScalarView.count is O(n)
        var passages: [Passage] = []
        passages.reserveCapacity(blocks.count)
        for (i, b) in blocks.enumerated() {
            if i > 0 {
                text += separator
                length += separator.scalarCount
            }
            let start = length
            text += b.block.text
            length += b.block.text.scalarCount
            passages.append(passage(i, b, documentID: documentID, start: start, end: length))
        }
        return (text, passages)
    }

    private static func passage(_ index: Int, _ b: AssembledBlock, documentID: String, start: Int, end: Int) -> Passage {
        Passage(
            id: passageID(documentID: documentID, index: index), section: b.section, role: b.role,
            text: b.block.text, start: start, end: end)
    }

    /// `<document id>-p0001`, 1-based, in document order.
    static func passageID(documentID: String, index: Int) -> String {
        let n = String(index + 1)
        return "\(documentID)-p" + String(repeating: "0", count: max(0, 4 - n.count)) + n
    }
}
