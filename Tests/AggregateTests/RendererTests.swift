import Foundation
import Testing

@testable import Aggregate

struct RendererTests {
    @Test(arguments: [
        ("=1+2", "'=1+2"), ("+33 5 61", "'+33 5 61"), ("-cmd", "'-cmd"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", " x"),
        ("-3", "-3"), ("-0.5", "-0.5"), ("texte, avec virgule", "\"texte, avec virgule\""), ("dit \"oui\"", "\"dit \"\"oui\"\"\""),
        ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""), ("ligne\nsuite", "ligne suite"), ("\u{1B}[31mrouge\u{202E}", "rouge"), ("EHPAD", "EHPAD"),
    ])
    func csvCells(_ value: String, _ expected: String) {
        #expect(Report.cell(value) == expected)
    }

    @Test func htmlEscapesEverything() {
        #expect(HTMLBuilder.escape("<script>alert('x')</script> & \"q\"") == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
    }

    @Test func reportsCarryNoLiveMarkupFromDocuments() throws {
        let note = "Note\n\n=1+2 <script>alert('segur')</script> La télémédecine en EHPAD progresse, et les usagers aussi.\n"
        let report = try CorpusRun.make(files: [("note.txt", Array(note.utf8))]).report
        let html = report.html()
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&#39;segur&#39;)&lt;/script&gt;"))
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(!report.markdown().contains("<script"))
        for line in report.csv().split(separator: "\r\n") {
            for cell in line.split(separator: ",") { #expect(!cell.hasPrefix("=")) }
        }
    }
}
