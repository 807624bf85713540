import Classify
import Ingest

/// The text `lexicon explain` prints: tokens with their stems, the entries that fired, the hits
/// that did not count and why, near misses of multi-word entries, and the scores.
struct Explanation {
    var text: String
    /// Headings the text stands under, for entries that need a context.
    var section: [String] = []
    var classifier: Classifier

    func render() -> String {
        let tokens = classifier.analyzer.analyze(text)
        let scalars = Array(text.unicodeScalars)
        func slice(_ a: Int, _ b: Int) -> String { String(String.UnicodeScalarView(scalars[a..<b])) }
        var out = ["text: \(text)", "tokens (word [folded | stem]):"]
        out.append("  " + tokens.map { "\(slice($0.start, $0.end)) [\($0.folded) | \($0.stem)]" }.joined(separator: "  "))
        let domains = classifier.matcher.lexicon.domains
        let sectionDomains = section.reduce(into: Set<Int>()) { $0.formUnion(classifier.domains(in: $1)) }
        if !domains.isEmpty {
            func names(_ ids: Set<Int>) -> String { ids.isEmpty ? "none" : ids.map { domains[$0] }.sorted().joined(separator: ", ") }
            out.append("context: domains in the text: \(names(classifier.matcher.domains(tokens))); in the section: \(names(sectionDomains))")
        }
        let (matches, rejected) = classifier.matcher.explain(tokens, section: sectionDomains)
        out.append("fired:")
        if matches.isEmpty { out.append("  (no entry)") }
        for m in matches {
            out.append("  \(m.kind.rawValue) \(m.category): entry \"\(m.entry)\" (\(m.mode.rawValue), weight \(m.weight)) at \(m.start)..<\(m.end) \"\(slice(m.start, m.end))\"")
        }
        out.append("not counted:")
        if rejected.isEmpty { out.append("  (none)") }
        for r in rejected {
            let via = r.entry.theme.map { " (from theme \($0))" } ?? ""
            out.append("  \(r.entry.kind.rawValue) \(r.entry.category): entry \"\(r.entry.entry.term)\"\(via) at \(r.start)..<\(r.end) \"\(slice(r.start, r.end))\": \(reason(r.reason))")
        }
        let misses = nearMisses(tokens)
        out.append("near misses (multi-word entries that start here but stop):")
        out += misses.isEmpty ? ["  (none)"] : misses.map { "  " + $0 }
        let scores = classifier.classify(text, section: section)
        out.append("scores:")
        for (kind, map) in [("pillar", scores.pillars), ("theme", scores.themes)] {
            for (id, s) in map.sorted(by: { $0.key < $1.key }) { out.append("  \(kind) \(id): \(s.score) (\(s.hits) hits)") }
        }
        return out.joined(separator: "\n")
    }

    private func reason(_ r: RejectedMatch.Reason) -> String {
        switch r {
        case .excluded(let phrase): return "cancelled by the exclusion \"\(phrase)\""
        case .proximity(let term, let window): return "\"\(term)\" is not within \(window) words"
        case .shadowed(let by): return "shadowed by the longer or earlier match \"\(by)\""
        case .sameCategory(let kept): return "the same words already count for its category through \"\(kept)\""
        case .noContext(let domain, let window):
            let nearby = window.map { "within \($0) words" } ?? "in the passage"
            return "needs the context \"\(domain)\": no term of that domain \(nearby), nor in its section"
        }
    }

    /// Multi-word entries whose first word matches a token but whose whole does not.
    private func nearMisses(_ tokens: [AnalyzedToken]) -> [String] {
        var out: [String] = []
        for entry in classifier.matcher.lexicon.entries where entry.entry.term.contains(where: { $0 == " " || $0 == "-" || $0 == "'" || $0 == "’" }) {
            let words = classifier.analyzer.analyze(entry.entry.term)
            guard words.count > 1 else { continue }
            // Entries opening on a short word ("de", "la") would list every article of the text.
            for (i, token) in tokens.enumerated() where token.folded.count >= 3 && entry.matchesWord(0, token) {
                let matched = (0..<words.count).prefix { i + $0 < tokens.count && entry.matchesWord($0, tokens[i + $0]) }.count
                guard matched < words.count else { continue }
                let found = i + matched < tokens.count ? "\"\(tokens[i + matched].folded)\"" : "the end of the text"
                out.append("\(entry.kind.rawValue) \(entry.category): \"\(entry.entry.term)\" matched \(matched) of \(words.count) words, then \(found) where \"\(words[matched].folded)\" was needed")
            }
        }
        return out
    }
}
