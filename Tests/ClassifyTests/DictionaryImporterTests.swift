import Testing

@testable import Classify

/// Each format researchers own, read and written back in ours (which must parse).
struct DictionaryImporterTests {
    func roundTrip(_ imported: ImportedLexicon) throws -> Lexicon {
        try LexiconParser.parse(LexiconExporter.files(imported, source: "source"))
    }

    func summary(_ imported: ImportedLexicon) -> [String] {
        imported.categories.map { c in c.name + ": " + c.terms.map { "\($0.text)/\($0.mode.rawValue)/\($0.weight)" }.joined(separator: ", ") }
    }

    @Test func liwcDic() throws {
        let dic = "%\n1\ttheme_ehpad\n2\tpilier1\n%\nehpad\t1\nmaison de retraite\t1\nrevaloris*\t2\nsoignant 1 2\n"
        let imported = try DictionaryImporter.read(dic, format: .liwc)
        #expect(summary(imported) == [
            "theme_ehpad: ehpad/exact/1.0, maison de retraite/exact/1.0, soignant/exact/1.0",
            "pilier1: revaloris/prefix/1.0, soignant/exact/1.0",
        ])
        let lexicon = try roundTrip(imported)
        #expect(lexicon.categories.map { "\($0.kind.rawValue)/\($0.id)" } == ["pillar/pilier1", "theme/theme-ehpad"])
        #expect(lexicon.categories.last?.label == "theme_ehpad")
    }

    @Test func liwcErrors() {
        #expect(throws: ImportError(line: 4, reason: "category 3 is not declared")) {
            try DictionaryImporter.read("%\n1\ta\n%\nmot\t3\n", format: .liwc)
        }
        #expect(throws: ImportError(line: 1, reason: "no %-delimited category block before the terms")) {
            try DictionaryImporter.read("mot\t1\n", format: .liwc)
        }
    }

    @Test func liwc22Dicx() throws {
        let dicx = "DicTerm,EHPAD,Rémunération\nehpad,X,\n\"maison de retraite, médicalisée\",X,\nsalaire*,,X\n"
        let imported = try DictionaryImporter.read(dicx, format: .liwc22)
        #expect(summary(imported) == [
            "EHPAD: ehpad/exact/1.0, maison de retraite, médicalisée/exact/1.0",
            "Rémunération: salaire/prefix/1.0",
        ])
        #expect(try roundTrip(imported).categories.count == 2)
    }

    @Test func quantedaYAML() throws {
        let yaml = "themes:\n  ehpad:\n    - ehpad\n    - maison de retraite\n  telemedecine:\n    - télé*\npilier1:\n  - revaloris*\n  - soign?nt\n"
        let imported = try DictionaryImporter.read(yaml, format: .quanteda)
        #expect(summary(imported) == [
            "pilier1: revaloris/prefix/1.0, soign?nt/exact/1.0",
            "themes/ehpad: ehpad/exact/1.0, maison de retraite/exact/1.0",
            "themes/telemedecine: télé/prefix/1.0",
        ])
        #expect(imported.dropped.contains { $0.contains("soign?nt") })
        #expect(try roundTrip(imported).categories.map(\.id).sorted() == ["pilier1", "themes-ehpad", "themes-telemedecine"])
    }

    /// "Billion laughs": nine levels of ten aliases stand for 10^9 terms in a few hundred bytes.
    /// The import stops with a reason instead of growing without bound.
    @Test func nestedAliasesAreBounded() {
        var yaml = "a0: &a0 [ehpad, ehpad, ehpad, ehpad, ehpad, ehpad, ehpad, ehpad, ehpad, ehpad]\n"
        for level in 1...9 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        #expect(yaml.utf8.count < 1_000)
        #expect {
            try DictionaryImporter.read(yaml, format: .quanteda)
        } throws: { error in
            (error as? ImportError)?.reason.contains("expands to more than 1000000 nodes") == true
        }
        // Aliases that stay small are read as quanteda means them.
        let small = "base: &b [ehpad, télé*]\ncopie: *b\n"
        #expect(summary(try! DictionaryImporter.read(small, format: .quanteda)) == [
            "base: ehpad/exact/1.0, télé/prefix/1.0", "copie: ehpad/exact/1.0, télé/prefix/1.0",
        ])
    }

    @Test func wordstatCat() throws {
        let cat = "EHPAD\n    EHPAD (1)\n    MAISON DE RETRAITE (2)\n    @PROXIMITE EHPAD NEAR RESIDENT (1)\nREMUNERATION\n    SALAIRE* (1.5)\n"
        let imported = try DictionaryImporter.read(cat, format: .wordstat)
        #expect(summary(imported) == ["EHPAD: ehpad/exact/1.0, maison de retraite/exact/2.0", "REMUNERATION: salaire/prefix/1.5"])
        #expect(imported.dropped.count == 1)
        #expect(imported.dropped.first?.contains("WordStat rules are not supported") == true)
        let lexicon = try roundTrip(imported)
        #expect(lexicon.categories.first { $0.id == "remuneration" }?.entries.first?.weight == 1.5)
    }

    @Test func lexicoderLc3() throws {
        let lc3 = "+ehpad\nEHPAD\nMAISON DE RETRAITE\n+remuneration\nSALAIRE*\n"
        let imported = try DictionaryImporter.read(lc3, format: .lexicoder)
        #expect(summary(imported) == ["ehpad: ehpad/exact/1.0, maison de retraite/exact/1.0", "remuneration: salaire/prefix/1.0"])
        #expect(throws: ImportError(line: 1, reason: "a term before any +category line")) {
            try DictionaryImporter.read("SALAIRE\n", format: .lexicoder)
        }
    }

    @Test func formatFromExtension() {
        #expect(ImportFormat(fileName: "a.dic") == .liwc)
        #expect(ImportFormat(fileName: "a.DICX") == .liwc22)
        #expect(ImportFormat(fileName: "dict.yml") == .quanteda)
        #expect(ImportFormat(fileName: "x.CAT") == .wordstat)
        #expect(ImportFormat(fileName: "lsd.lc3") == .lexicoder)
        #expect(ImportFormat(fileName: "a.txt") == nil)
    }

    @Test func importedTermsMatchAfterRoundTrip() throws {
        let imported = try DictionaryImporter.read("+remuneration\nREVALORIS*\nSALAIRE\n", format: .lexicoder)
        let c = Classifier(CompiledLexicon(try roundTrip(imported), analyzer: Analyzer()))
        #expect(c.classify("La revalorisation des salaires et le salaire").themes["remuneration"]?.hits == 2)
    }
}
