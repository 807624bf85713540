import PropertyBased
import Testing

@testable import Ingest

/// Every passage is an exact slice of its document's text, whatever the input: random minutes
/// and random pages built from French fragments, markup, odd white space and astral characters.
struct PassageSliceProperties {
    static let fragments = [
        "Télémédecine", "L’EHPAD", "œuvre", "jusqu’au", "É", "e\u{301}", "\u{00A0}:", "\u{202F};", "🙂", "𝔸",
        "- ", "* ", "• ", "1. ", "# ", "## ", "\t", "\n", "\r\n", "\n\n", "   ", "Etaient présents :", "NOMS\tQUALITE",
        "À lire également", "Tags", "M. DURAND Paul", "Par 12/06/2020 - 10:00", "**", ":", ".", "«", "»", "ville-hôpital",
        "COMPTE RENDU", "\u{0092}", "\u{FEFF}", "a", "les usagers", "CRSA", "ARS Occitanie",
    ]
    static let markup = [
        "<p>", "</p>", "<h2>", "</h2>", "<ul><li>", "</li></ul>", "<table><tr><td>", "</td><td>", "</td></tr></table>",
        "<br>", "<nav>", "</nav>", "<main>", "</main>", "&amp;", "&eacute;", "&nbsp;", "<b>", "</b>", "<!-- x -->",
        "<script>x</script>", "<div class='share'>", "</div>", "<![CDATA[y]]>", "&#128578;",
    ]

    static let all = fragments + markup
    static let minutes = Gen.int(in: 0..<fragments.count).map { fragments[$0] }.array(of: 0...60).map { $0.joined() }
    static let pages = Gen.int(in: 0..<all.count).map { all[$0] }.array(of: 0...80)
        .map { "<html><body>" + $0.joined() + "</body></html>" }
    static let bytes = Gen.int(in: 0...255).map { UInt8($0) }.array(of: 0...400)

    @Test func textPassagesAreExactSlices() async {
        await propertyCheck(count: 300, input: Self.minutes) { text in
            if let doc = try? ingest(text, path: "random.txt") {
                #expect(doc.passagesAreExactSlices, "\(text.debugDescription)")
                // The text is the decoded file: the same, but for a leading byte-order mark.
                #expect(doc.text == (text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text))
            }
        }
    }

    @Test func htmlPassagesAreExactSlices() async {
        await propertyCheck(count: 300, input: Self.pages) { page in
            if let doc = try? ingest(page, path: "random.html") {
                #expect(doc.passagesAreExactSlices, "\(page.debugDescription)")
                #expect(!doc.passages.contains { $0.text.isEmpty })
            }
        }
    }

    @Test func randomInputNeverCrashesAndFailsWithAReason() async {
        await propertyCheck(count: 200, input: Self.bytes) { bytes in
            for path in ["random.txt", "random.html"] {
                do {
                    let doc = try Ingestor().ingest(bytes, source: SourceInfo(relativePath: path)).document
                    #expect(doc.passagesAreExactSlices)
                } catch let failure as IngestFailure {
                    #expect(!failure.message.isEmpty)
                } catch {
                    Issue.record("unexpected error \(error)")
                }
            }
        }
    }
}
