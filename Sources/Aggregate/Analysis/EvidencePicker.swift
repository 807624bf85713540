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
        let best = candidates.compactMap { c -> (String, ClassifiedPassage, Double, Double)? in
            guard let top = c.passages.max(by: { ($0.1, $1.0.passage) < ($1.1, $0.0.passage) }) else { return nil }
            return (c.document, top.0, top.1, c.passages.reduce(0) { $0 + $1.1 })
        }
        let ordered = best.sorted { ($1.3, $1.2, documents[$0.0]?.path ?? "") < ($0.3, $0.2, documents[$1.0]?.path ?? "") }
        return ordered.prefix(Self.maxQuotes).compactMap { document, classified, _, _ in evidence(document, classified) }
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
