/// One line of a text document, as Unicode-scalar offsets into the whole text.
struct TextLine: Sendable, Hashable {
    /// Offsets of the line without its terminator.
    var start: Int
    var end: Int
    /// Offsets of the content: the line without leading and trailing white space.
    var contentStart: Int
    var contentEnd: Int
    /// Leading white space width, a tab counting 4.
    var indent: Int

    var isBlank: Bool { contentStart == contentEnd }
}

/// Splits scalars into lines (LF, CRLF or CR) and measures their content.
enum LineScanner {
    static func lines(of scalars: [Unicode.Scalar]) -> [TextLine] {
        var lines: [TextLine] = []
        var start = 0
        var i = 0
        while i < scalars.count {
            if scalars[i] == "\n" || scalars[i] == "\r" {
                lines.append(measure(scalars, start: start, end: i))
                if scalars[i] == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                start = i + 1
            }
            i += 1
        }
        if start < scalars.count { lines.append(measure(scalars, start: start, end: scalars.count)) }
        return lines
    }

    private static func measure(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> TextLine {
        var indent = 0
        var cs = start
        while cs < end, scalars[cs].properties.isWhitespace {
            indent += scalars[cs] == "\t" ? 4 : 1
            cs += 1
        }
        var ce = end
        while ce > cs, scalars[ce - 1].properties.isWhitespace { ce -= 1 }
        return TextLine(start: start, end: end, contentStart: cs, contentEnd: ce, indent: indent)
    }
}
