import PropertyBased
import Testing

@testable import Ingest

/// Block text is appended in chunks of words; it must gather what appending word by word
/// gathers (runs of white space as one space, none after a line break), and count link text
/// alike.
struct BlockSinkTests {
    /// The word-by-word rule: `(buffer, pendingSpace, linkChars)` after the pieces.
    static func reference(_ pieces: [String], inLink: Bool, start: [UInt8]) -> ([UInt8], Bool, Int) {
        var buffer = start
        var pending = false
        var linkChars = 0
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
        for piece in pieces {
            let text = Array(piece.utf8)
            var i = 0
            while i < text.count {
                if isSpace(text[i]) {
                    pending = true
                    i += 1
                    continue
                }
                var end = i + 1
                while end < text.count, !isSpace(text[end]) { end += 1 }
                if pending, let last = buffer.last, last != 0x0A {
                    buffer.append(0x20)
                    if inLink { linkChars += 1 }
                }
                pending = false
                buffer += text[i..<end]
                if inLink { linkChars += text[i..<end].filter { $0 & 0xC0 != 0x80 }.count }
                i = end
            }
        }
        return (buffer, pending, linkChars)
    }

    static let parts = ["mot", " ", "  ", "\n", "\t", "é", "l’", "\r\n", "a", " b", "\u{0C}", "ville-hôpital", "\u{00A0}"]
    static let pieces = Gen.int(in: 0..<parts.count).map { parts[$0] }.array(of: 0...10).map { $0.joined() }.array(of: 0...4)

    @Test func chunksGatherAsWords() async {
        await propertyCheck(count: 1500, input: PropertyBased.zip(Self.pieces, Gen.bool, Gen.bool)) { pieces, inLink, afterBreak in
            var sink = BlockSink()
            sink.enter(.block)
            if afterBreak { sink.enter(.lineBreak) }
            if inLink { sink.enter(.link) }
            for piece in pieces {
                var bytes = Array(piece.utf8)
                bytes.withUnsafeMutableBufferPointer { sink.appendText(UnsafeBufferPointer($0)) }
            }
            let (buffer, pending, linkChars) = Self.reference(pieces, inLink: inLink, start: afterBreak ? [0x0A] : [])
            #expect(sink.buffer == buffer, "\(pieces)")
            #expect(sink.pendingSpace == pending && sink.linkChars == linkChars, "\(pieces)")
        }
    }

    /// The byte-by-byte rule: runs outside `<![` … `>`, nothing after an unclosed one.
    static func visibleRuns(_ text: [UInt8]) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var runStart = 0
        var i = 0
        while i + 2 < text.count {
            if text[i] == 0x3C, text[i + 1] == 0x21, text[i + 2] == 0x5B {
                if i > runStart { out.append(Array(text[runStart..<i])) }
                var close = i + 3
                while close < text.count, text[close] != 0x3E { close += 1 }
                if close == text.count { return out }
                i = close + 1
                runStart = i
            } else {
                i += 1
            }
        }
        if runStart < text.count { out.append(Array(text[runStart...])) }
        return out
    }

    static let markup = Gen.int(in: 0..<9).map { ["<", "!", "[", ">", "a", "<![", "]]>", "é", " "][$0] }.array(of: 0...16).map { $0.joined() }

    @Test func bogusCommentsAsTheByteRule() async {
        await propertyCheck(count: 2000, input: Self.markup) { text in
            var runs: [[UInt8]] = []
            var bytes = Array(text.utf8)
            bytes.withUnsafeMutableBufferPointer { BogusComments.forEachVisibleRun(UnsafeBufferPointer($0)) { runs.append(Array($0)) } }
            #expect(runs == Self.visibleRuns(Array(text.utf8)), "\(text.debugDescription)")
        }
    }
}
