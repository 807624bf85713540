import Foundation
import Testing

@testable import Ingest

/// Each corpus document's ingested form is pinned in `Tests/IngestTests/Golden/<file>.json`.
///
/// To re-record after a deliberate change: `SEGUR_RECORD_GOLDEN=1 swift test --filter GoldenCorpusTests`,
/// review the diff, commit. A recording run always fails, so it cannot pass CI by accident.
struct GoldenCorpusTests {
    static let recording = ProcessInfo.processInfo.environment["SEGUR_RECORD_GOLDEN"] == "1"

    static var corpusFiles: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: RepoPaths.corpus.path)) ?? []
        return names.filter { ["html", "htm", "txt", "md"].contains(($0 as NSString).pathExtension) }.sorted()
    }

    static func rendered(_ document: Document) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    @Test func corpusHasAtLeastFifteenDocuments() {
        #expect(Self.corpusFiles.count >= 15)
    }

    @Test(arguments: corpusFiles)
    func matchesGolden(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: RepoPaths.corpus.appendingPathComponent(name)))
        let document = try Ingestor().ingest(bytes, source: SourceInfo(relativePath: name)).document
        let actual = try Self.rendered(document)
        let goldenURL = RepoPaths.golden.appendingPathComponent(name + ".json")
        if Self.recording {
            try actual.write(to: goldenURL, atomically: true, encoding: .utf8)
            Issue.record("recorded \(goldenURL.lastPathComponent); rerun without SEGUR_RECORD_GOLDEN to check it")
            return
        }
        let expected = try? String(contentsOf: goldenURL, encoding: .utf8)
        #expect(expected != nil, "no golden for \(name): record it with SEGUR_RECORD_GOLDEN=1")
        #expect(actual == expected, "\(name) differs from its golden file")
        #expect(document.passagesAreExactSlices)
    }

    @Test func noOrphanGoldenFiles() throws {
        let goldens = try FileManager.default.contentsOfDirectory(atPath: RepoPaths.golden.path).filter { $0.hasSuffix(".json") }
        #expect(Set(goldens) == Set(Self.corpusFiles.map { $0 + ".json" }))
    }

    /// Phrases from each page's menus, footers and link lists that must never reach a passage, and
    /// content that must.
    @Test(arguments: [
        ("ars-occitanie-teleconsultation-ehpad.html", ["Plan du site", "Tout accepter", "Vaccination antigrippale", "Offres d’emploi", "Facebook", "Aller au contenu"], ["astreintes gériatriques territoriales"]),
        ("ars-hauts-de-france-ville-hopital.html", ["Appels à projets", "Organisation de l’offre de soins", "Carte des maisons de santé", "Flux RSS"], ["téléexpertise entre généralistes"]),
        ("ars-grand-est-investissement-cp1252.html", ["Mentions légales", "Presse", "3 boulevard Joffre"], ["4,8 M€", "l’œuvre de rénovation"]),
        ("ars-bretagne-attractivite-formation.html", ["Toute l’actualité", "Veille sanitaire", "Partager sur Twitter", "partiellement conforme"], ["redonner du sens au travail soignant"]),
        ("ars-bretagne-precarite-prevention.html", ["poursuivant votre navigation", "Les PASS en Bretagne"], ["médiateurs en santé"]),
        ("ars-paca-communique-segur-reprise.html", ["Annuaire régional", "Foire aux questions", "Partager sur LinkedIn"], ["multipliées par quarante"]),
        ("ars-occitanie-democratie-sanitaire.html", ["Mots-clés", "Nous contacter"], ["cellules de crise"]),
        ("csa-guadeloupe-synthese-2020-06-20.txt", ["Tags", "À lire également", "Les chiffres clés de l'offre"], ["double insularité"]),
    ])
    func boilerplateOutContentIn(_ name: String, _ absent: [String], _ present: [String]) throws {
        let bytes = try [UInt8](Data(contentsOf: RepoPaths.corpus.appendingPathComponent(name)))
        let document = try Ingestor().ingest(bytes, source: SourceInfo(relativePath: name)).document
        for phrase in absent {
            #expect(!document.passages.contains { $0.text.contains(phrase) }, "\(phrase) kept in \(name)")
        }
        for phrase in present {
            #expect(document.passages.contains { $0.text.contains(phrase) }, "\(phrase) lost from \(name)")
        }
    }
}
