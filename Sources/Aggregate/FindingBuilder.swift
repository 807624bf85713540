import Classify
import Foundation
import Ingest

/// Builds the ranked findings of one kind (themes or pillars).
struct FindingBuilder {
    struct Context {
        var documents: [String: Document]
        /// Classified passages of the documents that count (near-duplicates left out).
        var passages: [ClassifiedPassage]
        /// Each counted passage's stance, computed once.
        var stances: [String: Stance]
        var picker: EvidencePicker
    }

    var kind: CategoryKind
    var categories: [LexiconCategory]
    var context: Context

    static let topEntries = 5
    /// Most raw score one document can bring to a finding before damping.
    static let documentCap = 4.0

    func findings() -> [Finding] {
        // Each document's groups, and each category's passages (in order), found in one pass.
        let groups = context.documents.mapValues { Self.groups(of: $0) }
        var holding: [String: [ClassifiedPassage]] = [:]
        var tokensByGroup: [String: Int] = [:]
        for p in context.passages {
            for id in scores(p).keys { holding[id, default: []].append(p) }
            for group in groups[p.document] ?? [] { tokensByGroup[group, default: 0] += p.tokens }
        }
        let totalTokens = context.passages.reduce(0) { $0 + $1.tokens }
        let unranked = categories.compactMap { category in
            holding[category.id].flatMap { finding(category, $0, groups: groups, tokensByGroup: tokensByGroup, totalTokens: totalTokens) }
        }
        // Recurrence first: documents, then score, then id (docs/aggregate.md).
        let sorted = unranked.sorted { ($1.support.documents, $1.score, $0.id) < ($0.support.documents, $0.score, $1.id) }
        return sorted.enumerated().map { i, f in
            var ranked = f
            ranked.rank = i + 1
            return ranked
        }
    }

    private func scores(_ p: ClassifiedPassage) -> [String: CategoryScore] { kind == .pillar ? p.pillars : p.themes }

    /// - Parameter holding: the counted passages that score on `category`, in order.
    private func finding(
        _ category: LexiconCategory, _ holding: [ClassifiedPassage], groups: [String: [String]], tokensByGroup: [String: Int], totalTokens: Int
    ) -> Finding? {
        guard !holding.isEmpty else { return nil }
        var byDocument: [String: [(ClassifiedPassage, Double)]] = [:]
        for p in holding { byDocument[p.document, default: []].append((p, scores(p)[category.id]!.score)) }
        // One document repeating a word forty times must not dominate: its raw score is capped, then
        // damped, ln(1 + min(raw, cap)).
        let score = byDocument.values.reduce(0.0) { $0 + log1p(min(Self.documentCap, $1.reduce(0) { $0 + $1.1 })) }
        let documents = byDocument.keys.compactMap { context.documents[$0] }
        var stance = StanceSplit()
        var entries: [String: Int] = [:]
        var hitsByGroup: [String: Int] = [:]
        for p in holding {
            stance.add(context.stances[p.passage])
            let hits = p.matches.filter { $0.kind == kind && $0.category == category.id }
            for m in hits { entries[m.entry, default: 0] += 1 }
            for group in groups[p.document] ?? [] { hitsByGroup[group, default: 0] += hits.count }
        }
        let totalHits = hitsByGroup.isEmpty ? 0 : entries.values.reduce(0, +)
        let keyGroups = hitsByGroup.keys.sorted().compactMap { group -> KeyGroup? in
            let a = hitsByGroup[group]!
            let c = tokensByGroup[group] ?? 0
            let (g2, expected) = Keyness.g2(a: a, b: totalHits - a, c: c, d: totalTokens - c)
            guard g2 >= Keyness.significant, Double(a) > expected else { return nil }
            return KeyGroup(group: group, g2: Self.round(g2), observed: a, expected: Self.round(expected))
        }.sorted { ($1.g2, $0.group) < ($0.g2, $1.group) }
        return Finding(
            id: category.id, label: category.label, kind: kind, rank: 0, score: Self.round(score),
            support: Support(
                documents: documents.count, passages: holding.count,
                organisations: Set(documents.compactMap(\.organisation)).sorted(), regions: Set(documents.compactMap(\.region)).sorted()),
            keyness: keyGroups.first?.g2 ?? 0, keyGroups: Array(keyGroups.prefix(3)),
            topEntries: entries.map { EntryCount(entry: $0.key, hits: $0.value) }.sorted { ($1.hits, $0.entry) < ($0.hits, $1.entry) }
                .prefix(Self.topEntries).map { $0 },
            stance: stance,
            evidence: context.picker.pick(byDocument.keys.sorted().map { ($0, byDocument[$0]!) }))
    }

    /// Groups a document belongs to, for keyness: its region and its organisation type.
    static func groups(of document: Document) -> [String] {
        var out = ["organisation:" + Aggregator.organisationType(document.organisation)]
        if let region = document.region { out.append("region:" + region) }
        return out
    }

    static func round(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }
}
