import Testing

@testable import Ingest

/// What reaches a terminal, a spreadsheet or a reader: no control character, escape sequence,
/// bidi control or line break from a document or a file name survives, and clean text is untouched.
struct DisplaySafeTests {
    @Test(arguments: [
        ("La télémédecine en EHPAD.", "La télémédecine en EHPAD."),
        ("rouge \u{1B}[31mALERTE\u{1B}[0m fin", "rouge ALERTE fin"),
        ("titre\u{1B}]0;pwned\u{07} suite", "titre suite"),
        ("a\u{9B}2Jb", "ab"),
        ("ligne 1\nERROR: forgé\r\nsuite", "ligne 1 ERROR: forgé suite"),
        ("fichier\u{202E}txt.exe", "fichiertxt.exe"),
        ("\u{2067}isolé\u{2069} et \u{200F}marque", "isolé et marque"),
        ("nul\u{0}et\u{7F}del\u{85}nel", "nuletdel nel"),
        ("para\u{2028}graphe\tbis", "para graphe bis"),
    ])
    func neutralises(_ input: String, _ expected: String) {
        #expect(DisplaySafe.text(input) == expected)
    }

    @Test func lineBreaksCanBeKept() {
        #expect(DisplaySafe.text("a\n\u{1B}[1mb\u{202E}", keepLineBreaks: true) == "a\nb")
    }
}
