import Foundation
import Testing

@testable import Aggregate
@testable import Classify
@testable import Ingest

/// Invariants every report must hold, checked on the corpus.
struct ReportInvariantTests {
    static let run = Result { try CorpusRun.make() }

    @Test func ranksAreContiguousAndSortedByTheDocumentedKey() throws {
        let report = try Self.run.get().report
        for findings in [report.themes, report.pillars] {
            #expect(findings.map(\.rank) == Array(1...findings.count))
            for (a, b) in zip(findings, findings.dropFirst()) {
                #expect((a.support.documents, a.score, b.id) >= (b.support.documents, b.score, a.id), "\(a.id) before \(b.id)")
            }
        }
    }

    @Test func evidenceIsVerbatimFromDistinctNonAttendancePassages() throws {
        let run = try Self.run.get()
        let documents = Dictionary(uniqueKeysWithValues: run.documents.map { ($0.id, $0) })
        for finding in run.report.themes + run.report.pillars {
            #expect(!finding.evidence.isEmpty)
            #expect(finding.evidence.count <= 5)
            #expect(Set(finding.evidence.map(\.document)).count == finding.evidence.count, "\(finding.id) quotes one document twice")
            for e in finding.evidence {
                let document = try #require(documents[e.document])
                let source = document.slice(e.start, e.end)
                let masker = PersonalDataMasker(names: PersonalDataMasker.names(fromAttendance: document.passages))
                #expect(masker.mask(source) == e.quote)
                #expect(e.masked == (source != e.quote))
                if !e.masked { #expect(document.text.contains(e.quote)) }
                let holder = document.passages.first { $0.start <= e.start && e.end <= $0.end }
                #expect(holder != nil, "quote outside any passage")
                #expect(holder?.role.isScorable == true)
            }
        }
    }

    @Test func countsAddUp() throws {
        let run = try Self.run.get()
        let dropped = Set(run.report.duplicates.flatMap(\.dropped))
        let counted = run.classified.filter { p in !dropped.contains(run.documents.first { $0.id == p.document }!.path) }
        for finding in run.report.themes {
            let holding = counted.filter { $0.themes[finding.id] != nil }
            #expect(finding.support.passages == holding.count)
            #expect(finding.support.documents == Set(holding.map(\.document)).count)
            let s = finding.stance
            #expect(s.strength + s.difficulty + s.proposal + s.unspecified == finding.support.passages)
            #expect(finding.topEntries.map(\.hits) == finding.topEntries.map(\.hits).sorted(by: >))
        }
        #expect(run.report.run.counts.documents == run.documents.count)
        #expect(run.report.run.counts.scoredPassages == run.classified.count)
        #expect(run.report.run.counts.duplicates == dropped.count)
        let table = run.report.pillarsByOrganisation
        #expect(table.cells.count == table.rows.count && table.cells.allSatisfy { $0.count == table.columns.count })
    }

    @Test func republishedPressReleaseCountsOnce() throws {
        let report = try Self.run.get().report
        #expect(report.duplicates.map(\.kept) == ["ars-paca-communique-segur.html"])
        #expect(report.duplicates.first?.dropped == ["ars-paca-communique-segur-reprise.html"])
        #expect(!report.themes.flatMap(\.evidence).contains { $0.path == "ars-paca-communique-segur-reprise.html" })
    }

    @Test func theThemesTheCorpusWasWrittenToRepeatComeFirst() throws {
        let top = try Self.run.get().report.themes.prefix(5).map(\.id)
        #expect(Set(top) == ["telemedecine", "ehpad-grand-age", "ville-hopital", "attractivite-remunerations", "democratie-sanitaire"])
    }

    @Test func oneDocumentRepeatingAWordCannotDominate() throws {
        let spam = String(repeating: "Le renoncement aux soins, toujours le renoncement aux soins. ", count: 40)
        let files: [(String, [UInt8])] = [("spam.txt", Array(("Note\n\n" + spam + "\n").utf8))] + (1...3).map { i in
            ("doc\(i).txt", Array("Note \(i)\n\nLe médecin généraliste joue un rôle dans l'articulation ville-hôpital, dossier \(i) du territoire numéro \(i * 7).\n".utf8))
        }
        let report = try CorpusRun.make(files: files).report
        #expect(report.themes.first?.id == "ville-hopital")
        let precarite = try #require(report.themes.first { $0.id == "precarite" })
        #expect(precarite.score <= log1p(FindingBuilder.documentCap) + 1e-9)
    }

    @Test func deterministic() throws {
        let a = try CorpusRun.make().report
        let b = try CorpusRun.make().report
        #expect(try a.jsonData() == b.jsonData())
    }

    /// Themes and pillars built on two threads give the report built on one, byte for byte, in
    /// every format, and the same trends against a previous report.
    @Test func twoThreadsGiveTheSameReport() throws {
        let run = try Self.run.get()
        var previous = run.report
        previous.themes.removeFirst()
        previous.pillars[0].support.documents += 1
        for previous in [nil, previous] {
            let one = Aggregator(lexicon: run.lexicon, toolVersion: "test", asOf: "2026-01-01", threads: 1)
                .aggregate(documents: run.documents, classified: run.classified, previous: previous)
            let two = Aggregator(lexicon: run.lexicon, toolVersion: "test", asOf: "2026-01-01", threads: 2)
                .aggregate(documents: run.documents, classified: run.classified, previous: previous)
            #expect(!two.themes.isEmpty && !two.pillars.isEmpty && !two.pillarsByRegion.cells.isEmpty)
            #expect(try two.jsonData() == one.jsonData())
            #expect(two.markdown() == one.markdown() && two.html() == one.html() && two.csv() == one.csv())
            #expect((two.trends ?? []).isEmpty == (previous == nil))
        }
    }

    @Test func trendsAgainstAPreviousReport() throws {
        var previous = try Self.run.get().report
        previous.themes.removeAll { $0.id == "prevention" }
        previous.themes[0].support.documents -= 3
        previous.themes[1].support.documents += 2
        previous.themes.append(Finding(
            id: "ancien-theme", label: "Un thème disparu", kind: .theme, rank: 99, score: 1, support: Support(documents: 1, passages: 1, organisations: [], regions: []),
            keyness: 0, keyGroups: [], topEntries: [], stance: StanceSplit(), evidence: []))
        let trends = Dictionary(uniqueKeysWithValues: (try CorpusRun.make(previous: previous).report.trends ?? []).map { ($0.id, $0.status) })
        #expect(trends["prevention"] == .new)
        #expect(trends["ancien-theme"] == .gone)
        #expect(trends[previous.themes[0].id] == .rising)
        #expect(trends[previous.themes[1].id] == .falling)
        #expect(trends[previous.themes[2].id] == .stable)
    }
}
