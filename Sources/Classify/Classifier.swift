import Ingest

/// Scores passages against a compiled lexicon. Holds an ``Analyzer`` (a stemmer and its cache)
/// bound to the lexicon's keys, so each worker thread needs its own; the ``CompiledLexicon`` is
/// shared.
public final class Classifier {
    public let matcher: Matcher
    public let analyzer: Analyzer

    /// - Parameter capacity: distinct words the analyser keeps (``Analyzer/init(keys:capacity:)``).
    public init(_ lexicon: CompiledLexicon, capacity: Int = SnowballStemmer.cacheLimit) {
        self.matcher = Matcher(lexicon)
        self.analyzer = Analyzer(keys: lexicon.keys, capacity: capacity)
    }

    /// One result per scorable passage (paragraphs, list items, table rows); headings, bylines and
    /// attendance lists are never scored.
    public func classify(_ document: Document) -> [ClassifiedPassage] {
        var ignored: [UInt64] = []
        return classify(document, wordHashes: &ignored)
    }

    /// Also appends to `wordHashes` the ``WordHash`` of each scored word's folded form, in order:
    /// what ``FrenchNormalizer/foldedWordHashes(_:)`` gives for the scorable passages, without
    /// reading the text a second time (the words of a near-duplicate signature).
    public func classify(_ document: Document, wordHashes: inout [UInt64]) -> [ClassifiedPassage] {
        var sections = SectionDomains(title: document.title)
        return document.passages.filter { $0.role.isScorable }.map { passage in
            let section = matcher.lexicon.needsContext ? sections.domains(of: passage.section, self) : []
            return classify(
                passage.text, offset: passage.start, document: document.id, passage: passage.id, section: section,
                wordHashes: &wordHashes)
        }
    }

    /// Scores a piece of text; match offsets are shifted by `offset`.
    /// - Parameter section: the headings above the text (and its document's title), which can
    ///   give the context that entries with a `context` rule need.
    public func classify(_ text: String, offset: Int = 0, document: String = "", passage: String = "", section: [String] = []) -> ClassifiedPassage {
        var ignored: [UInt64] = []
        let found = section.reduce(into: Set<Int>()) { $0.formUnion(self.domains(in: $1)) }
        return classify(text, offset: offset, document: document, passage: passage, section: found, wordHashes: &ignored)
    }

    /// The domains (numbers in ``CompiledLexicon/domains``) that have a term in `text`.
    public func domains(in text: String) -> Set<Int> {
        matcher.domains(WordTokens(tokens: analyzer.words(text), vocabulary: analyzer.vocabulary))
    }

    private func classify(
        _ text: String, offset: Int, document: String, passage: String, section: Set<Int>, wordHashes: inout [UInt64]
    ) -> ClassifiedPassage {
        let tokens = analyzer.words(text)
        wordHashes.append(contentsOf: tokens.lazy.map(\.foldedHash))
        let matches = matcher.matches(WordTokens(tokens: tokens, vocabulary: analyzer.vocabulary), section: section).map { m -> LexiconMatch in
            var shifted = m
            shifted.start += offset
            shifted.end += offset
            return shifted
        }
        return ClassifiedPassage(
            document: document, passage: passage, tokens: tokens.count,
            pillars: Scorer.scores(matches, kind: .pillar), themes: Scorer.scores(matches, kind: .theme), matches: matches)
    }
}

/// The domains of each section of one document, each heading analysed once.
private struct SectionDomains {
    private let title: String?
    private var titleDomains: Set<Int>?
    private var byHeading: [String: Set<Int>] = [:]

    init(title: String?) { self.title = title }

    /// The domains of the document's title and of every heading in `path`.
    mutating func domains(of path: [String], _ classifier: Classifier) -> Set<Int> {
        if titleDomains == nil { titleDomains = title.map { classifier.domains(in: $0) } ?? [] }
        var out = titleDomains!
        for heading in path {
            if let known = byHeading[heading] {
                out.formUnion(known)
            } else {
                let found = classifier.domains(in: heading)
                byHeading[heading] = found
                out.formUnion(found)
            }
        }
        return out
    }
}
