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
        document.passages.filter { $0.role.isScorable }.map { passage in
            classify(passage.text, offset: passage.start, document: document.id, passage: passage.id, wordHashes: &wordHashes)
        }
    }

    /// Scores a piece of text; match offsets are shifted by `offset`.
    public func classify(_ text: String, offset: Int = 0, document: String = "", passage: String = "") -> ClassifiedPassage {
        var ignored: [UInt64] = []
        return classify(text, offset: offset, document: document, passage: passage, wordHashes: &ignored)
    }

    private func classify(_ text: String, offset: Int, document: String, passage: String, wordHashes: inout [UInt64]) -> ClassifiedPassage {
        let tokens = analyzer.words(text)
        wordHashes.append(contentsOf: tokens.lazy.map(\.foldedHash))
        let matches = matcher.matches(WordTokens(tokens: tokens, vocabulary: analyzer.vocabulary)).map { m -> LexiconMatch in
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
