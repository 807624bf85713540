import Ingest

extension LexiconLinter {
    /// Single-word `stem` entries that share their stem with words of a real French word list
    /// (`/usr/share/dict/french`, say) that are not the entry's own plural or feminine forms:
    /// `formation` stems as `format` does, `gouvernance` as `gouvernement`. Each such word is an
    /// error until the entry switches mode or lists it in its `accept` cell.
    ///
    /// - Complexity: O(w + e) for w words in the list and e entries: each word is analysed once
    ///   and looked up by stem.
    public func stemCollisions(words: [String]) -> [LintFinding] {
        let single = entries.filter { $0.entry.mode == .stem && $0.pattern.count == 1 && !$0.isUnmatchable }
        let stems = Set(single.map { $0.pattern[0].key })
        var byStem: [String: Set<String>] = [:]
        var listed = Set<String>()
        for word in words {
            let tokens = classifier.analyzer.analyze(word)
            guard tokens.count == 1 else { continue }
            listed.insert(tokens[0].folded)
            if stems.contains(tokens[0].stem) { byStem[tokens[0].stem, default: []].insert(tokens[0].folded) }
        }
        let lexemes = Lexemes(words: listed)
        return single.compactMap { entry in
            let meant = ([entry.entry.term] + entry.entry.accepted).map { FrenchNormalizer.normalize($0) }
            // A word is its own lexeme too: `simplifier` is also the infinitive of `simplifia`.
            let own = Set(meant.map(lexemes.key) + meant)
            // One word shown for each other lexeme: the infinitive, or the shortest of its forms.
            var shown: [String: String] = [:]
            for word in byStem[entry.pattern[0].key] ?? [] {
                let key = lexemes.key(word)
                guard !own.contains(key) else { continue }
                if listed.contains(key) { shown[key] = key; continue }
                if let w = shown[key], (w.count, w) <= (word.count, word) { continue }
                shown[key] = word
            }
            guard !shown.isEmpty else { return nil }
            return LintFinding(
                severity: .error, location: entry.entry.location,
                message: "stem collision: \"\(entry.entry.term)\" (stem \"\(entry.pattern[0].key)\") also matches \(shown.values.sorted().joined(separator: ", ")); switch its mode to exact, or list the words it means in its accept cell")
        }
    }
}

/// Words of a word list reduced to one key per lexeme, so that a stem collision names `financer`
/// once rather than its forty conjugated forms, and `infirmières` reads as `infirmier`: a
/// conjugated form becomes its infinitive when the list holds that infinitive, then plural and
/// feminine endings are dropped (``InflectionKey``).
struct Lexemes {
    let words: Set<String>

    /// Endings of the three verb groups' forms (folded, longest first within each), with the
    /// infinitive ending that replaces them.
    private static let conjugations: [(infinitive: String, endings: [String])] = [
        ("er", ["assions", "assiez", "eraient", "assent", "erions", "eriez", "aient", "asses", "erais", "erait", "erent", "erons", "eront", "ames", "asse", "ates", "erai", "eras", "erez", "ions", "iez", "ais", "ait", "ant", "ees", "era", "ons", "ent", "ai", "as", "at", "ee", "er", "es", "ez", "a", "e"]),
        ("ir", ["issions", "issaient", "issiez", "iraient", "issent", "irions", "issais", "issait", "issant", "iriez", "irais", "irait", "irent", "irons", "iront", "isses", "issez", "issons", "imes", "irai", "iras", "irez", "isse", "ites", "ies", "ira", "ie", "ir", "is", "it", "i"]),
        ("re", ["issions", "issiez", "issent", "raient", "irent", "isses", "rions", "aient", "isse", "imes", "ites", "riez", "rais", "rait", "rons", "ront", "ions", "iez", "ais", "ait", "ant", "ons", "ent", "rai", "ras", "rez", "ues", "ra", "ez", "ue", "us", "is", "it", "u", "s", "t"]),
    ]

    func key(_ folded: String) -> String {
        infinitive(of: folded) ?? infinitive(of: InflectionKey.of(folded)) ?? InflectionKey.of(folded)
    }

    /// The listed infinitive `folded` is a form of, if any. A root ending in `e` may also be a
    /// `-ger` verb's (`mangeait` → `manger`).
    private func infinitive(of folded: String) -> String? {
        for (infinitive, endings) in Self.conjugations {
            for ending in endings where folded.count > ending.count + 2 && folded.hasSuffix(ending) {
                let root = folded.dropLast(ending.count)
                for verb in [root + infinitive, root.hasSuffix("e") ? root.dropLast() + infinitive : nil].compactMap({ $0 })
                where verb != folded && words.contains(String(verb)) {
                    return String(verb)
                }
            }
        }
        return nil
    }
}

/// A folded word without its plural and feminine endings, so that `infirmières` and `infirmier`,
/// `médicaux` and `médical` read as one word and only other words count as stem collisions.
enum InflectionKey {
    static func of(_ folded: String) -> String {
        var w = folded
        if w.hasSuffix("aux") { w = String(w.dropLast(3)) + "al" } else if w.hasSuffix("s") || w.hasSuffix("x") { w.removeLast() }
        if w.hasSuffix("e") { w.removeLast() }
        for (long, short) in [("nn", "n"), ("ll", "l"), ("tt", "t"), ("iv", "if"), ("ier", "i"), ("eus", "eur")] where w.hasSuffix(long) {
            return String(w.dropLast(long.count)) + short
        }
        return w
    }
}
