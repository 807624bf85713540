import Foundation

/// One pass over a page's bytes before libxml2 reads them: what the parser would do silently, said
/// aloud, and the one shape of markup on which libxml2's own work is not linear, bounded.
///
/// - libxml2 checks every attribute of a start tag against those before it (quadratic in their
///   number) before it reports the element, so no time check can run inside one element: a tag
///   with 150,000 attributes took minutes. Attributes past ``maxAttributes`` in one tag are
///   dropped (they hold no text), with a warning; the reader's time checks, which run between
///   elements, then bound the whole parse.
/// - Text after `</html>` and a second `<body>` are folded into the one body by the parser, and
///   then judged with the rest of the page (so often dropped as furniture): each gets a warning.
///
/// The raw text of `<script>`, `<style>`, `<textarea>`, `<title>` and comments is skipped, as the
/// tokenizer skips it.
struct HTMLPrescan {
    static let maxAttributes = 1_000

    /// The bytes to parse: the page's own, or a copy with the extra attributes removed.
    var bytes: [UInt8]
    var warnings: [IngestWarning] = []

    init(_ page: [UInt8]) {
        var cuts: [Range<Int>] = []
        var droppedAttributes = 0
        var bodies = 0
        var textAfterEnd = false
        var afterHTMLEnd = false
        page.withUnsafeBufferPointer { b in
            let n = b.count
            var i = 0
            while i < n {
                guard let base = b.baseAddress, let p = memchr(base + i, 0x3C, n - i) else { break }  // '<'
                let lt = UnsafeRawPointer(p) - UnsafeRawPointer(base)
                if afterHTMLEnd, !textAfterEnd, b[i..<lt].contains(where: { !$0.isASCIIWhitespace }) { textAfterEnd = true }
                i = lt + 1
                guard i < n else { break }
                if b[i] == 0x21 {  // '!': a comment or a doctype
                    i = Self.endOfComment(b, from: i)
                    continue
                }
                let closing = b[i] == 0x2F
                let nameStart = closing ? i + 1 : i
                guard nameStart < n, Self.isLetter(b[nameStart]) else { continue }
                var nameEnd = nameStart
                while nameEnd < n, !b[nameEnd].isASCIIWhitespace, b[nameEnd] != 0x3E, b[nameEnd] != 0x2F { nameEnd += 1 }
                let name = Self.packedName(b, nameStart..<nameEnd)
                let tag = Self.scanTag(b, from: nameEnd)
                if closing {
                    if name == Self.html { afterHTMLEnd = true }
                } else {
                    if name == Self.body { bodies += 1 }
                    if name == Self.html || name == Self.body { afterHTMLEnd = false }
                    if let cut = tag.cut {
                        cuts.append(cut)
                        droppedAttributes += tag.attributes - Self.maxAttributes
                    }
                }
                i = tag.end
                if !closing, let rawEnd = Self.rawTextEnd(name, b, from: i) { i = rawEnd }
            }
            if afterHTMLEnd, !textAfterEnd, b[min(i, n)..<n].contains(where: { !$0.isASCIIWhitespace }) { textAfterEnd = true }
        }
        if cuts.isEmpty {
            bytes = page
        } else {
            var out: [UInt8] = []
            out.reserveCapacity(page.count)
            var from = 0
            for cut in cuts {
                out += page[from..<cut.lowerBound]
                from = cut.upperBound
            }
            out += page[from...]
            bytes = out
            warnings.append(IngestWarning(
                code: "attributes-dropped",
                message: "\(droppedAttributes) attributes past the first \(Self.maxAttributes) of an element dropped (\(cuts.count) element\(cuts.count == 1 ? "" : "s"))"))
        }
        if textAfterEnd {
            warnings.append(IngestWarning(
                code: "text-after-html-end", message: "text after </html>: read as part of the body and judged with it (it may be dropped as furniture)"))
        }
        if bodies > 1 {
            warnings.append(IngestWarning(
                code: "second-body", message: "\(bodies) <body> tags: their content is read as one body and judged with it (it may be dropped as furniture)"))
        }
    }

    /// A start or end tag's extent from just after its name: its end (after `>`), how many
    /// attributes it holds, and the bytes to remove when they are too many.
    private static func scanTag(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, attributes: Int, cut: Range<Int>?) {
        let n = b.count
        var i = start
        var attributes = 0
        var cutStart: Int?
        var inName = false
        while i < n {
            let c = b[i]
            if c == 0x3E { break }  // '>'
            if c.isASCIIWhitespace || c == 0x2F {
                inName = false
                i += 1
                continue
            }
            if c == 0x3D {  // '=': an unquoted or quoted value follows
                i += 1
                while i < n, b[i].isASCIIWhitespace { i += 1 }
                if i < n, b[i] == 0x22 || b[i] == 0x27 {
                    // Quoted values are most of a tag's bytes: skipped with memchr.
                    let quote = b[i]
                    i += 1
                    if let base = b.baseAddress, i < n, let p = memchr(base + i, Int32(quote), n - i) {
                        i = UnsafeRawPointer(p) - UnsafeRawPointer(base) + 1
                    } else {
                        i = n
                    }
                } else {
                    while i < n, !b[i].isASCIIWhitespace, b[i] != 0x3E { i += 1 }
                }
                inName = false
                continue
            }
            if !inName {
                attributes += 1
                inName = true
                if attributes == maxAttributes + 1 { cutStart = i }
            }
            i += 1
        }
        let end = min(i + 1, n)
        return (end, attributes, cutStart.map { $0..<min(i, n) })
    }

    /// After the start tag of an element whose content the tokenizer reads as raw text, the
    /// position of its end tag.
    private static func rawTextEnd(_ name: UInt64, _ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard Self.rawTextElements.contains(name), let base = b.baseAddress else { return nil }
        var i = start
        while i < b.count, let p = memchr(base + i, 0x3C, b.count - i) {
            let lt = UnsafeRawPointer(p) - UnsafeRawPointer(base)
            if lt + 1 < b.count, b[lt + 1] == 0x2F {
                var end = lt + 2
                while end < b.count, isLetter(b[end]) { end += 1 }
                if packedName(b, (lt + 2)..<end) == name { return lt }
            }
            i = lt + 1
        }
        return b.count
    }

    /// An element name's first bytes, lowercased, packed in an integer (no allocation per tag);
    /// 0 for a name longer than 8 bytes, none of which this scan needs.
    private static func packedName(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        guard range.count <= 8 else { return 0 }
        var packed: UInt64 = 0
        for i in range {
            let c = b[i]
            packed = packed << 8 | UInt64(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
        }
        return packed
    }

    private static func packed(_ name: String) -> UInt64 {
        Array(name.utf8).withUnsafeBufferPointer { packedName($0, 0..<$0.count) }
    }

    private static let html = packed("html")
    private static let body = packed("body")
    private static let rawTextElements: Set<UInt64> = Set(["script", "style", "textarea", "title", "xmp", "noembed", "noframes"].map(packed))

    /// After `<!`: the end of the comment (`-->`) or declaration (`>`).
    private static func endOfComment(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let n = b.count
        if start + 2 < n, b[start + 1] == 0x2D, b[start + 2] == 0x2D {
            var i = start + 3
            while i + 2 < n {
                if b[i] == 0x2D, b[i + 1] == 0x2D, b[i + 2] == 0x3E { return i + 3 }
                i += 1
            }
            return n
        }
        var i = start
        while i < n, b[i] != 0x3E { i += 1 }
        return min(i + 1, n)
    }

    private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
}
