import Foundation
import Testing

@testable import Ingest

/// Bad input is refused with a reason; good input keeps its identity and metadata.
struct IngestorTests {
    @Test(arguments: [
        ([UInt8](), "a.txt", IngestFailureReason.empty),
        (Array(" \n\t\r\n".utf8), "a.txt", .empty),
        ([0xEF, 0xBB, 0xBF, 0x0A], "a.txt", .empty),
        ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01] + [UInt8](repeating: 0, count: 9) + [0x02, 0x00, 0x3E, 0x00], "a.txt", .binary),
        (Array("PK\u{03}\u{04}\u{14}\u{00}\u{08}".utf8), "a.html", .binary),
        (Array("<html><body><script>var a=1;</script></body></html>".utf8), "a.html", .noContent),
        (Array("<html><body><nav>Menu seulement</nav></body></html>".utf8), "a.html", .noContent),
    ])
    func refuses(_ bytes: [UInt8], _ path: String, _ reason: IngestFailureReason) {
        #expect(failureReason(bytes, path: path) == reason)
    }

    @Test func sizeLimit() {
        var options = IngestOptions.defaults
        options.maxBytes = 10
        #expect(failureReason(Array("Un texte de plus de dix octets.".utf8), path: "a.txt", options: options) == .tooLarge)
    }

    @Test func htmlIsSniffedWhateverTheExtension() throws {
        let doc = try ingest("<!DOCTYPE html><html><body><main><p>Une page enregistrée en .txt reste une page.</p></main></body></html>", path: "page.txt")
        #expect(doc.kind == .html)
        #expect(doc.passages.map(\.text) == ["Une page enregistrée en .txt reste une page."])
    }

    @Test func identityIsStableAndFromThePath() throws {
        let a = try ingest("Un texte.\n", path: "dossier/a.txt")
        let b = try ingest("Un autre texte.\n", path: "dossier/a.txt")
        let c = try ingest("Un texte.\n", path: "dossier/b.txt")
        #expect(a.id == b.id)
        #expect(a.id != c.id)
        #expect(a.sha256 != b.sha256)
        #expect(a.passages.first?.id == a.id + "-p0001")
    }

    @Test func sha256OfKnownBytes() throws {
        // SHA-256("abc\n") from coreutils' sha256sum.
        let doc = try ingest("abc\n")
        #expect(doc.sha256 == "edeaaff3f1774ad2888673770c6d64097e391bc362d7d6fb34982ddf0efd18cb")
    }

    @Test func missingDateIsAWarningNotAFailure() throws {
        let result = try Ingestor().ingest(Array("Un texte sans date.\n".utf8), source: SourceInfo(relativePath: "a.txt"))
        #expect(result.document.date == nil)
        #expect(result.warnings.map(\.code) == ["no-date"])
    }

    /// The word hashes handed on with a document are those of its passages' own texts, one list
    /// per passage, on every corpus document (pages and minutes) and on a text with menu words.
    @Test func passageWordsAreThePassagesOwn() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: RepoPaths.corpus.path).sorted()
        var inputs = try names.map { ($0, [UInt8](try Data(contentsOf: RepoPaths.corpus.appendingPathComponent($0)))) }
        inputs.append(("menu.txt", Array("Accueil\nPartager\n\n# Compte rendu\n\nLes usagers demandent plus de télémédecine.\n".utf8)))
        var checked = 0
        for (name, bytes) in inputs {
            guard let result = try? Ingestor().ingest(bytes, source: SourceInfo(relativePath: name)) else { continue }
            #expect(result.passageWords.count == result.document.passages.count, "\(name)")
            for (passage, words) in zip(result.document.passages, result.passageWords) {
                #expect(words == WordIndex.hashes(ofText: passage.text), "\(name) \(passage.id)")
                #expect(!words.isEmpty)
            }
            checked += 1
        }
        #expect(checked >= 10)
    }
}
