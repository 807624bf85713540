import Classify
import Foundation
import Ingest

/// Builds the ranked findings of one kind (themes or pillars).
struct FindingBuilder {
    struct Context {
        var documents: [String: Document]
        /// Classified passages, those of dropped near-duplicates included: only ``scored`` and
        /// the token counts say which count.
        var passages: [ClassifiedPassage]
        /// Each counted passage's stance, computed once.
        var stances: [String: Stance]
        var picker: EvidencePicker
        /// Each document's keyness groups, by document id.
        let groups: [String: [String]]
        /// Words of the counted passages in each group, and in all.
        let tokensByGroup: [String: Int]
        let totalTokens: Int
        /// Indices of the passages that score on some category (an eighth of them on the
        /// benchmark corpus): the findings look at no other.
        let scored: [Int]

        /// - Parameter dropped: ids of the near-duplicate documents that do not count.
        init(
            documents: [String: Document], passages: [ClassifiedPassage], dropped: Set<String>, scored: [Int], stances: [String: Stance],
            picker: EvidencePicker
        ) {
            self.documents = documents
            self.passages = passages
            self.scored = scored
            self.stances = stances
            self.picker = picker
            let groups = documents.mapValues { FindingBuilder.groups(of: $0) }
            var tokensByGroup: [String: Int] = [:]
            var totalTokens = 0
            // A document's passages come one after another: its groups are looked up once a run.
            var start = passages.startIndex
            while start < passages.endIndex {
                let document = passages[start].document
                var end = start
                var tokens = 0
                while end < passages.endIndex, passages[end].document == document {
                    tokens += passages[end].tokens
                    end += 1
                }
                if !dropped.contains(document) {
                    for group in groups[document] ?? [] { tokensByGroup[group, default: 0] += tokens }
                    totalTokens += tokens
                }
                start = end
            }
            self.groups = groups
            self.tokensByGroup = tokensByGroup
            self.totalTokens = totalTokens
        }
    }

    var kind: CategoryKind
    var categories: [LexiconCategory]
    var context: Context

    static let topEntries = 5
    /// Most raw score one document can bring to a finding before damping.
    static let documentCap = 4.0

    func findings() -> [Finding] {
        // Each category's passages, in order, found in one pass.
        var holding: [String: [ClassifiedPassage]] = [:]
        for i in context.scored {
            let p = context.passages[i]
            for id in scores(p).keys { holding[id, default: []].append(p) }
        }
        let unranked = categories.compactMap { category in
            holding[category.id].flatMap { finding(category, $0) }
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
    private func finding(_ category: LexiconCategory, _ holding: [ClassifiedPassage]) -> Finding? {
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
            for group in context.groups[p.document] ?? [] { hitsByGroup[group, default: 0] += hits.count }
        }
        let totalHits = hitsByGroup.isEmpty ? 0 : entries.values.reduce(0, +)
        let keyGroups = hitsByGroup.keys.sorted().compactMap { group -> KeyGroup? in
            let a = hitsByGroup[group]!
            let c = context.tokensByGroup[group] ?? 0
            let (g2, expected) = Keyness.g2(a: a, b: totalHits - a, c: c, d: context.totalTokens - c)
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
