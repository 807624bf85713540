import Ingest

/// A problem found in a lexicon by ``LexiconLinter``.
public struct LintFinding: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning

        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    public var severity: Severity
    public var location: LexiconLocation?
    public var message: String

    public var description: String {
        "\(severity.rawValue): " + (location.map { "\($0): " } ?? "") + message
    }
}

/// Checks what a researcher can get wrong in a lexicon that still parses: examples that fail,
/// entries that can never match, duplicates, shadowed entries, stem collisions between categories
/// and, given a corpus, entries that never fire.
public struct LexiconLinter {
    public let classifier: Classifier

    public init(_ classifier: Classifier) { self.classifier = classifier }

    /// The entries as written: a theme's entries that also count for its pillar are checked once,
    /// in the theme.
    var entries: [CompiledEntry] { classifier.matcher.lexicon.entries.filter { $0.theme == nil } }

    public func lint(corpus: [Document]? = nil) -> [LintFinding] {
        var findings = ExampleCheck.run(classifier).map {
            LintFinding(severity: .error, location: $0.example.location, message: "example: \($0.kind.rawValue) \($0.category) \($0.example.shouldMatch ? "does not fire" : "fires") on \"\($0.example.sentence)\"")
        }
        findings += pillarAgreement() + unmatchable() + duplicates() + shadowed()
        if let corpus { findings += neverHit(corpus) }
        return findings.sorted { ($0.severity, $0.location?.file ?? "", $0.location?.line ?? 0) < ($1.severity, $1.location?.file ?? "", $1.location?.line ?? 0) }
    }

    /// A theme's `#match:` sentences must also score the theme's pillar: a theme and its pillar
    /// that disagree on the theme's own examples would rank a subject under no pillar.
    private func pillarAgreement() -> [LintFinding] {
        var findings: [LintFinding] = []
        for theme in classifier.matcher.lexicon.lexicon.categories(of: .theme) {
            guard let pillar = theme.pillar else { continue }
            for example in theme.examples where example.shouldMatch {
                let result = classifier.classify(example.sentence)
                guard result.themes[theme.id] != nil, result.pillars[pillar] == nil else { continue }
                findings.append(LintFinding(
                    severity: .error, location: example.location,
                    message: "example: theme \(theme.id) fires but its pillar \(pillar) does not on \"\(example.sentence)\""))
            }
        }
        return findings
    }

    private func unmatchable() -> [LintFinding] {
        entries.filter(\.isUnmatchable).map {
            LintFinding(severity: .error, location: $0.entry.location, message: "\"\($0.entry.term)\" can never match: nothing is left of it after normalisation")
        }
    }

    /// Same patterns within a category (a duplicate) or across categories of one kind (a duplicate
    /// when the terms are the same, a stem collision when only the stems are).
    private func duplicates() -> [LintFinding] {
        var findings: [LintFinding] = []
        var seen: [String: CompiledEntry] = [:]
        for e in entries where !e.isUnmatchable {
            let key = "\(e.kind.rawValue)|" + e.pattern.map { "\($0.mode.rawValue):\($0.key)" }.joined(separator: " ")
            guard let first = seen[key] else {
                seen[key] = e
                continue
            }
            let sameTerm = FrenchNormalizerKey.of(first.entry.term) == FrenchNormalizerKey.of(e.entry.term)
            let message: String
            if first.category == e.category {
                message = "\"\(e.entry.term)\" duplicates \"\(first.entry.term)\" (\(first.entry.location)) in \(e.category)"
            } else if sameTerm {
                message = "\"\(e.entry.term)\" is also in \(first.kind.rawValue) \(first.category) (\(first.entry.location)): each hit counts for both"
            } else {
                message = "stem collision: \"\(e.entry.term)\" (\(e.category)) and \"\(first.entry.term)\" (\(first.category), \(first.entry.location)) match the same words"
            }
            findings.append(LintFinding(severity: .warning, location: e.entry.location, message: message))
        }
        return findings
    }

    /// An entry that matches inside a longer entry of another category of the same kind: where the
    /// longer one matches, the shorter one does not count. Tested on the longer entry's own words,
    /// so a prefix or stem entry is caught too.
    ///
    /// Near-linear: the shorter entries are indexed by their first word's key, and each word of a
    /// longer entry looks up only those that can start on it (its folded form, its stem, each of
    /// its prefixes) instead of trying every entry.
    private func shadowed() -> [LintFinding] {
        let all = entries.filter { !$0.isUnmatchable }
        var byFirstWord: [FirstWordKey: [Int]] = [:]
        for (i, e) in all.enumerated() {
            byFirstWord[FirstWordKey(kind: e.kind, mode: e.pattern[0].mode, key: e.pattern[0].key), default: []].append(i)
        }
        var findings: [LintFinding] = []
        for long in all where long.pattern.count > 1 {
            let words = classifier.analyzer.analyze(long.entry.term)
            var inside = Set<Int>()
            for (s, word) in words.enumerated() {
                var keys = [FirstWordKey(kind: long.kind, mode: .exact, key: word.folded), FirstWordKey(kind: long.kind, mode: .stem, key: word.stem)]
                keys += (1...max(1, word.folded.count)).map { FirstWordKey(kind: long.kind, mode: .prefix, key: String(word.folded.prefix($0))) }
                for candidate in keys.flatMap({ byFirstWord[$0] ?? [] }) where !inside.contains(candidate) {
                    let short = all[candidate]
                    guard short.category != long.category, short.pattern.count < words.count, s + short.pattern.count <= words.count,
                        short.pattern.indices.allSatisfy({ short.pattern[$0].matches(words[s + $0]) })
                    else { continue }
                    inside.insert(candidate)
                }
            }
            for candidate in inside.sorted() {
                let short = all[candidate]
                findings.append(LintFinding(
                    severity: .warning, location: short.entry.location,
                    message: "\"\(short.entry.term)\" (\(short.category)) is shadowed by \"\(long.entry.term)\" (\(long.category), \(long.entry.location)) wherever the longer entry matches"))
            }
        }
        return findings
    }

    private struct FirstWordKey: Hashable {
        var kind: CategoryKind
        var mode: MatchMode
        var key: String
    }

    private func neverHit(_ corpus: [Document]) -> [LintFinding] {
        var hit = Set<String>()
        for document in corpus {
            for passage in classifier.classify(document) {
                for m in passage.matches { hit.insert("\(m.kind.rawValue)|\(m.category)|\(m.entry)") }
            }
        }
        return entries.filter { !$0.isUnmatchable && !hit.contains("\($0.kind.rawValue)|\($0.category)|\($0.entry.term)") }.map {
            LintFinding(severity: .warning, location: $0.entry.location, message: "\"\($0.entry.term)\" (\($0.category)) never fires on the \(corpus.count) corpus documents")
        }
    }
}

/// The normalised form of a term, to tell a true duplicate from a stem collision.
enum FrenchNormalizerKey {
    static func of(_ term: String) -> String { FrenchNormalizer.normalize(term) }
}
