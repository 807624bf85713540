import Foundation
import PropertyBased
import Testing

@testable import Aggregate
@testable import Classify
@testable import Ingest

struct KeynessTests {
    @Test func knownValues() {
        let (g2, expected) = Keyness.g2(a: 10, b: 10, c: 100, d: 1000)
        #expect(abs(g2 - 22.138221829656096) < 1e-9)
        #expect(abs(expected - 1.8181818181818181) < 1e-12)
        #expect(abs(Keyness.g2(a: 0, b: 5, c: 100, d: 100).g2 - 6.931471805599453) < 1e-9)
        #expect(Keyness.g2(a: 0, b: 0, c: 10, d: 10).g2 == 0)
        #expect(Keyness.g2(a: 5, b: 5, c: 100, d: 100).g2 < 1e-12)
    }
}

/// What the workers compute of each document for the aggregation (signature, stances, attendance
/// names) gives the report the aggregation gives when it computes them itself, whole, for every
/// document or for some of them; the stances are those of every scoring passage.
struct DocumentFactsTests {
    @Test func factsFromTheWorkersGiveTheSameReport() throws {
        let run = try CorpusRun.make()
        let classifier = Classifier(CompiledLexicon(run.lexicon, analyzer: Analyzer()))
        var facts: [String: DocumentFacts] = [:]
        for document in run.documents {
            var hashes: [UInt64] = []
            let classified = classifier.classify(document, wordHashes: &hashes)
            let fact = DocumentFacts(document: document, classified: classified, wordHashes: hashes)
            let scoring = classified.filter { !$0.themes.isEmpty || !$0.pillars.isEmpty }
            for passage in scoring {
                let p = document.passages.first { $0.id == passage.passage }!
                #expect(fact.stances[p.id] == Stance.of(section: p.section, text: p.text))
            }
            #expect(Set(fact.stances.keys).isSubset(of: Set(scoring.map(\.passage))))
            facts[document.id] = fact
        }
        #expect(facts.values.contains { !$0.stances.isEmpty })
        #expect(facts.values.contains { !$0.attendanceNames.isEmpty })
        let aggregator = Aggregator(lexicon: run.lexicon, toolVersion: "test", asOf: "2026-01-01")
        let some = Dictionary(uniqueKeysWithValues: facts.sorted { $0.key < $1.key }.enumerated().filter { $0.offset % 2 == 0 }.map(\.element))
        for given in [facts, some] {
            let report = aggregator.aggregate(documents: run.documents, classified: run.classified, facts: given)
            #expect(try report.jsonData() == run.report.jsonData())
        }
    }
}

extension DocumentFactsTests {
    /// Stances read from the word hashes the ingestion hands on are those read from the
    /// passages' texts, on every corpus document; a count that does not fit falls back to the texts.
    @Test func stancesFromTheIngestedWordsAreTheTextsOnes() throws {
        let lexicon = try LexiconParser.parse(try CorpusRun.lexiconFiles())
        let classifier = Classifier(CompiledLexicon(lexicon, analyzer: Analyzer()))
        let names = try FileManager.default.contentsOfDirectory(atPath: RepoPaths.corpus.path)
            .filter { ["html", "txt", "md"].contains(($0 as NSString).pathExtension) }.sorted()
        var found = 0
        for name in names {
            let bytes = [UInt8](try Data(contentsOf: RepoPaths.corpus.appendingPathComponent(name)))
            let result = try Ingestor().ingest(bytes, source: SourceInfo(relativePath: name))
            var hashes: [UInt64] = []
            let classified = classifier.classify(result.document, wordHashes: &hashes)
            let fromTexts = DocumentFacts(document: result.document, classified: classified, wordHashes: hashes)
            let fromWords = DocumentFacts(
                document: result.document, classified: classified, wordHashes: hashes, passageWords: result.passageWords)
            #expect(fromWords.stances == fromTexts.stances, "\(name)")
            #expect(fromWords.signature == fromTexts.signature)
            // Words for other passages than the document's are not used.
            let misfit = DocumentFacts(
                document: result.document, classified: classified, wordHashes: hashes, passageWords: Array(result.passageWords.dropLast()))
            #expect(misfit.stances == fromTexts.stances, "\(name)")
            found += fromWords.stances.count
        }
        #expect(found > 0)
    }
}

struct NearDuplicatesTests {
    static let base = "Quatre ateliers territoriaux se tiendront dans les Bouches-du-Rhône, le Var, les Alpes-Maritimes et le Vaucluse sur les quatre piliers de la concertation nationale et la télémédecine massivement utilisée pendant l'épidémie fera l'objet d'un atelier spécifique pour les patients éloignés des centres hospitaliers"

    static func words(_ s: String) -> [String] { FrenchNormalizer.tokens(s).map(\.folded) }

    /// The workers sign a document from the words the classifier read: the same signature as
    /// reading its scorable passages again, on every corpus document (minutes and pages, with
    /// headings and attendance lists left out) and whatever the analyser's vocabulary held before.
    @Test func theClassifiersWordsGiveTheDocumentsSignature() throws {
        let run = try CorpusRun.make()
        let classifier = Classifier(CompiledLexicon(run.lexicon, analyzer: Analyzer()), capacity: 50)
        for document in run.documents + run.documents.reversed() {
            var hashes: [UInt64] = []
            let classified = classifier.classify(document, wordHashes: &hashes)
            let reference = document.passages.filter { $0.role.isScorable }.flatMap { FrenchNormalizer.foldedWordHashes($0.text) }
            #expect(hashes == reference, "\(document.path)")
            #expect(NearDuplicates.signature(wordHashes: hashes) == NearDuplicates.signature(of: document))
            #expect(classified == classifier.classify(document))
        }
    }

    @Test func republishedPageIsOneDocument() {
        let a = NearDuplicates.signature(words: Self.words(Self.base))
        let b = NearDuplicates.signature(words: Self.words("Reprise du communiqué. " + Self.base))
        let c = NearDuplicates.signature(words: Self.words("Les soignants demandent une revalorisation des salaires et une meilleure reconnaissance de la pénibilité de leur travail dans les services hospitaliers et médico-sociaux de la région"))
        let groups = NearDuplicates().groups([("b", b), ("a", a), ("c", c)]) { $0 < $1 }
        #expect(groups.count == 1)
        #expect(groups.first?.kept == "a")
        #expect(groups.first?.dropped == ["b"])
        #expect((groups.first?.similarity ?? 0) >= 0.8)
    }

    /// Copies of one text (a campaign) are one group with the near copies of it, however many:
    /// the copies are joined before the band search, which then sees one of them.
    @Test func manyCopiesAndANearCopyAreOneGroup() {
        let a = NearDuplicates.signature(words: Self.words(Self.base))
        let b = NearDuplicates.signature(words: Self.words("Reprise du communiqué. " + Self.base))
        let c = NearDuplicates.signature(words: Self.words("Les soignants demandent une revalorisation des salaires et une meilleure reconnaissance de la pénibilité de leur travail dans les services hospitaliers et médico-sociaux de la région"))
        let copies = (0..<200).map { (String(format: "copy-%03d", $0), a) }
        let groups = NearDuplicates().groups(copies + [("b", b), ("c", c)]) { $0 < $1 }
        #expect(groups.count == 1)
        #expect(groups.first?.kept == "b")
        #expect(groups.first?.dropped.count == 200)
        let pair = NearDuplicates().groups([("b", b), ("a", a)]) { $0 < $1 }
        #expect(groups.first?.similarity == pair.first?.similarity, "the lowest similarity is the near copy's, as without the copies")
    }

    @Test func signaturesAreStableAcrossRuns() {
        // Published FNV-1a vectors: a change here means reports would change between runs or machines.
        #expect(StableHash.fnv1a([]) == 0xcbf2_9ce4_8422_2325)
        #expect(StableHash.fnv1a(Array("a".utf8)) == 0xaf63_dc4c_8601_ec8c)
        #expect(StableHash.fnv1a(Array("foobar".utf8)) == 0x85944171f73967e8)
    }
}

struct StanceTests {
    @Test(arguments: [
        (["Tour de table", "Points forts relevés"], "La télémédecine a progressé.", Stance.strength),
        (["Des thématiques mises en exergue durant la crise"], "Articulation ville hôpital.", .difficulty),
        (["Difficultés"], "Les EHPAD.", .difficulty),
        (["Propositions du CTS"], "Les EHPAD.", .proposal),
        ([], "Il faut accompagner les acteurs.", .proposal),
        ([], "Nécessité de pérenniser la télémédecine.", .proposal),
        ([], "Le manque de personnel est criant.", .difficulty),
        ([], "La téléconsultation a permis de suivre les patients.", .strength),
    ] as [([String], String, Stance)])
    func tags(_ section: [String], _ text: String, _ stance: Stance) {
        #expect(Stance.of(section: section, text: text) == stance)
    }

    @Test func untagged() {
        #expect(Stance.of(section: ["Introduction"], text: "La séance s'ouvre à 10 heures.") == nil)
    }

    /// One reader over many passages remembers each heading's tag, including "no tag": the same
    /// answers as a fresh look at each passage, in any order.
    @Test func aReaderOverManyPassagesAnswersAsFreshLooks() async {
        let headings = ["Introduction", "Points forts", "Difficultés rencontrées", "Tour de table", "Propositions", "Points forts relevés", "Suites à donner"]
        let texts = ["Il faut agir.", "Le manque de lits.", "La séance est ouverte.", "Cela a permis d'avancer.", "Rien."]
        await propertyCheck(count: 200, input: Gen.int(in: 0...1_000_000).array(of: 1...30)) { seeds in
            var reader = Stance.Reader()
            for seed in seeds {
                let section = (0..<(seed % 3)).map { headings[(seed / (7 + $0 * 3)) % headings.count] }
                let text = texts[(seed / 11) % texts.count]
                #expect(reader.stance(section: section, text: text) == Self.fresh(section: section, text: text))
            }
        }
    }

    /// The plain rule, heading by heading, no memo.
    static func fresh(section: [String], text: String) -> Stance? {
        for heading in section.reversed() {
            let words = MatchFolding.words(heading)
            if let hit = Stance.headings.first(where: { words == $0.0 || words.hasPrefix($0.0 + " ") }) { return hit.1 }
        }
        return Stance.cueScanner.firstPhrase(inWordsOf: text).map { Stance.cues[$0].1 }
    }
}
