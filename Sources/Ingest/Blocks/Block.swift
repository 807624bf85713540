/// A structural unit found by a parser (HTML or text) before roles, sections and offsets are assigned.
struct Block: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// Levels 1-6 come from `<h1>`-`<h6>` or Markdown `#`; 7 is an inferred heading (an all-caps
        /// or isolated short line); 8 is a label (a short line ending with `:`).
        case heading(level: Int)
        case paragraph
        case listItem(depth: Int)
        /// Cells separated by tabs.
        case tableRow
    }

    static let inferredHeadingLevel = 7
    static let labelLevel = 8

    var kind: Kind
    var text: String
    /// HTML only: more than half of the text is link text (a menu, a list of teasers). Dropped
    /// unless nothing else is left (``ContentCandidate``).
    var linkDense = false
    /// HTML only: Unicode scalars in ``text``, counted when the block is made (the content rules
    /// weigh blocks by it).
    var length = 0
    /// Unicode-scalar range of ``text`` in the source text, for parsers that slice their input
    /// (plain text). Nil for parsers that build text (HTML).
    var sourceRange: Range<Int>?

    var headingLevel: Int? {
        if case .heading(let level) = kind { return level }
        return nil
    }

    var isTableRow: Bool {
        if case .tableRow = kind { return true }
        return false
    }
}
