import Classify
import Ingest

/// Chooses verbatim quotes for a finding: one passage per document, from different documents,
/// strongest first, cut to the sentence around the first hit when the passage is long.
struct EvidencePicker {
    static let maxQuotes = 5
    static let maxQuoteLength = 320

    var documents: [String: Document]
    var passages: [String: Passage]
    var stances: [String: Stance]
    var maskers: [String: PersonalDataMasker]

    /// - Parameter candidates: per document, its scored passages for the finding with their score.
    func pick(_ candidates: [(document: String, passages: [(ClassifiedPassage, Double)])]) -> [Evidence] {
        // Each document's strongest passage, by index: sorting keys, not passages.
        var best: [(candidate: Int, top: Int, score: Double, total: Double, path: String)] = []
        best.reserveCapacity(candidates.count)
        for (i, c) in candidates.enumerated() {
            let scored = c.passages
            guard let top = scored.indices.max(by: { (scored[$0].1, scored[$1].0.passage) < (scored[$1].1, scored[$0].0.passage) }) else { continue }
            best.append((i, top, scored[top].1, scored.reduce(0) { $0 + $1.1 }, documents[c.document]?.path ?? ""))
        }
        best.sort { ($1.total, $1.score, $0.path) < ($0.total, $0.score, $1.path) }
        return best.prefix(Self.maxQuotes).compactMap { b in
            evidence(candidates[b.candidate].document, candidates[b.candidate].passages[b.top].0)
        }
    }

    private func evidence(_ documentID: String, _ classified: ClassifiedPassage) -> Evidence? {
        guard let document = documents[documentID], let passage = passages[classified.passage], passage.role != .attendance
        else { return nil }
        let firstHit = classified.matches.first?.start ?? passage.start
        let (start, end) = Self.window(passage: passage, around: firstHit)
        // The window lies inside the passage, whose text is the document's text over its span.
        let scalars = passage.text.unicodeScalars
        let from = scalars.index(scalars.startIndex, offsetBy: start - passage.start)
        let source = String(scalars[from..<scalars.index(from, offsetBy: end - start)])
        let quote = (maskers[documentID] ?? PersonalDataMasker()).mask(source)
        return Evidence(
            document: documentID, path: document.path, title: document.title, section: passage.section, quote: quote,
            start: start, end: end, masked: quote != source, stance: stances[passage.id])
    }

    /// The passage, or for a long one the sentence holding `offset` (cut on words if still long).
    static func window(passage: Passage, around offset: Int) -> (Int, Int) {
        let text = Array(passage.text.unicodeScalars)
        guard text.count > maxQuoteLength else { return (passage.start, passage.end) }
        let at = min(max(0, offset - passage.start), text.count - 1)
        var s = at
        while s > 0, !(".!?;".unicodeScalars.contains(text[s - 1]) && text[s] == " ") { s -= 1 }
        while s < text.count, text[s] == " " { s += 1 }
        var e = at
        while e < text.count, !".!?;".unicodeScalars.contains(text[e]) { e += 1 }
        e = min(text.count, e + 1)
        if e - s > maxQuoteLength {
            s = max(s, at - maxQuoteLength / 2)
            while s > 0, s < text.count, text[s - 1] != " " { s += 1 }
            e = min(e, s + maxQuoteLength)
            while e < text.count, e > s, text[e] != " " { e -= 1 }
        }
        return (passage.start + s, passage.start + e)
    }
}
