import Classify
import Dispatch
import Foundation
import Ingest
import Synchronization

/// Turns classified passages into ranked findings: near-duplicate documents counted once, each
/// document's weight damped, support, keyness, top entries, stance and evidence per theme and
/// pillar. Deterministic: the same inputs give the same report, byte for byte.
public struct Aggregator: Sendable {
    public var lexicon: Lexicon
    public var toolVersion: String
    public var asOf: String?
    /// Threads the findings may be built on: above 1, the theme findings are built on one and the
    /// pillar findings with their cross tables on another. The report is the same either way.
    public var threads: Int

    /// Columns the themes are also counted by (``Report/themesBy``).
    public var groupBy: [String] = []

    public init(lexicon: Lexicon, toolVersion: String, asOf: String? = nil, threads: Int = 1) {
        self.lexicon = lexicon
        self.toolVersion = toolVersion
        self.asOf = asOf
        self.threads = threads
    }

    /// - Parameter facts: documents' ``DocumentFacts`` computed already (in parallel workers,
    ///   say), by document id; those of the other documents are computed here.
    public func aggregate(
        documents: [Document], classified: [ClassifiedPassage], previous: Report? = nil, facts: [String: DocumentFacts] = [:]
    ) -> Report {
        let byID = Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let duplicates = findDuplicates(documents, facts)
        let idByPath = Dictionary(documents.map { ($0.path, $0.id) }, uniquingKeysWith: { a, _ in a })
        let dropped = Set(duplicates.flatMap(\.dropped).compactMap { idByPath[$0] })
        let maskers = byID.mapValues { d in
            PersonalDataMasker(names: facts[d.id]?.attendanceNames ?? PersonalDataMasker.names(fromAttendance: d.passages))
        }
        // Only passages that score on some category are ever counted or quoted under a finding,
        // and none of a dropped near-duplicate. (The passages stay where they are in `classified`:
        // copying out the counted ones cost a retain per string of each.)
        let scored = classified.indices.filter {
            (!classified[$0].themes.isEmpty || !classified[$0].pillars.isEmpty) && !dropped.contains(classified[$0].document)
        }
        var scoredIDs: [String: Set<String>] = [:]
        for i in scored { scoredIDs[classified[i].document, default: []].insert(classified[i].passage) }
        var passages: [String: Passage] = [:]
        var stances: [String: Stance] = [:]
        var stanceReader = Stance.Reader()
        for document in documents {
            guard let ids = scoredIDs[document.id] else { continue }
            for p in document.passages where ids.contains(p.id) { passages[p.id] = p }
            // The facts hold the stances of every passage of the document that scores: a
            // superset of the counted ones, which are all that is looked up.
            let known = facts[document.id]?.stances ?? DocumentFacts.stances(of: document, among: ids, reader: &stanceReader)
            stances.merge(known) { a, _ in a }
        }
        let context = FindingBuilder.Context(
            documents: byID, passages: classified, dropped: dropped, scored: scored, stances: stances,
            picker: EvidencePicker(documents: byID, passages: passages, stances: stances, maskers: maskers))
        let (themes, (pillars, byOrganisation, byRegion)) = Self.both(
            threads > 1,
            { FindingBuilder(kind: .theme, categories: lexicon.categories(of: .theme), context: context).findings() },
            {
                let pillars = FindingBuilder(kind: .pillar, categories: lexicon.categories(of: .pillar), context: context).findings()
                return (
                    pillars, Self.crossTable(pillars, \.pillars, context) { d, _ in Self.organisationType(d.organisation) },
                    Self.crossTable(pillars, \.pillars, context) { d, _ in d.region ?? "(sans région)" }
                )
            })
        let run = RunInfo(
            toolVersion: toolVersion, lexiconDigest: lexicon.digest, corpusDigest: Self.corpusDigest(documents), asOf: asOf,
            counts: .init(
                documents: documents.count, duplicates: dropped.count, passages: documents.reduce(0) { $0 + $1.passages.count },
                scoredPassages: classified.count, matches: classified.reduce(0) { $0 + $1.matches.count }))
        var report = Report(
            schemaVersion: Report.schemaVersion, run: run, themes: themes, pillars: pillars,
            pillarsByOrganisation: byOrganisation, pillarsByRegion: byRegion, themesBy: nil,
            duplicates: duplicates, campaigns: nil, trends: nil)
        if !groupBy.isEmpty {
            // A column asked for twice is one table.
            report.themesBy = Dictionary(Set(groupBy).map { column in
                (column, Self.crossTable(themes, \.themes, context) { document, passage in
                    Self.value(of: column, document, passages[passage.passage]?.section) ?? "(sans valeur)"
                })
            }, uniquingKeysWith: { a, _ in a })
        }
        let campaigns = Self.campaigns(duplicates, byID: byID, idByPath: idByPath, maskers: maskers)
        if !campaigns.isEmpty { report.campaigns = campaigns }
        if let previous { report.trends = Trends.compare(previous: previous, current: report) }
        return report
    }

    /// SHA-256 over each document's path and content digest, in path order.
    public static func corpusDigest(_ documents: [Document]) -> String {
        var bytes: [UInt8] = []
        for (path, sha256) in documents.map({ ($0.path, $0.sha256) }).sorted(by: { $0.0 < $1.0 }) {
            bytes += path.utf8
            bytes.append(0x09)
            bytes += sha256.utf8
            bytes.append(0x0A)
        }
        return ContentDigest.sha256(bytes)
    }

    /// "ARS Occitanie" → "ARS"; "CTS Haute-Garonne" → "CTS".
    static func organisationType(_ organisation: String?) -> String {
        guard let organisation else { return "(non identifiée)" }
        return organisation.hasPrefix("Ministère") ? organisation : String(organisation.split(separator: " ").first ?? "")
    }

    private func findDuplicates(_ documents: [Document], _ facts: [String: DocumentFacts]) -> [DuplicateGroup] {
        let signatures = documents.map { d in (d.id, facts[d.id]?.signature ?? NearDuplicates.signature(of: d)) }
        let byID = Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // The earliest document is the original; undated ones come after dated ones; then by path.
        let groups = NearDuplicates().groups(signatures) { a, b in
            let (da, db) = (byID[a]!, byID[b]!)
            return (da.date ?? "9999", da.path) < (db.date ?? "9999", db.path)
        }
        return groups.map { g in
            DuplicateGroup(kept: byID[g.kept]!.path, dropped: g.dropped.map { byID[$0]!.path }.sorted(), similarity: g.similarity)
        }
    }

    /// A document's value in a grouping column: `department`, `region`, `question` (the section of
    /// a table row's passage), else the table's metadata column of that name.
    static func value(of column: String, _ document: Document, _ section: [String]?) -> String? {
        switch column {
        case "department": document.department
        case "region": document.region
        case "question": document.kind == .tableRow ? section?.first : nil
        default: document.metadata?[column]
        }
    }

    /// Contributions that send one text (``Campaign``): the near-duplicate groups of table rows
    /// with at least ``minCampaign`` members, largest first.
    static func campaigns(
        _ groups: [DuplicateGroup], byID: [String: Document], idByPath: [String: String], maskers: [String: PersonalDataMasker]
    ) -> [Campaign] {
        groups.compactMap { g -> Campaign? in
            guard g.dropped.count + 1 >= minCampaign, let id = idByPath[g.kept], let document = byID[id], document.kind == .tableRow else { return nil }
            let text = document.passages.first { $0.role.isScorable }?.text ?? ""
            let masked = maskers[id]?.mask(text) ?? text
            let excerpt = masked.unicodeScalars.count > maxExcerpt ? String(String.UnicodeScalarView(masked.unicodeScalars.prefix(maxExcerpt))) + "…" : masked
            return Campaign(contributions: g.dropped.count + 1, path: g.kept, excerpt: excerpt)
        }.sorted { ($0.contributions, $1.path) > ($1.contributions, $0.path) }
    }

    /// Fewest contributions sending one text for it to be reported as a campaign.
    static let minCampaign = 3
    static let maxExcerpt = 240

    /// `a()` and `b()`, on two threads when `parallel`.
    private static func both<A: Sendable, B: Sendable>(_ parallel: Bool, _ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
        guard parallel else { return (a(), b()) }
        let results = Mutex<(A?, B?)>((nil, nil))
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            if i == 0 {
                let value = a()
                results.withLock { $0.0 = value }
            } else {
                let value = b()
                results.withLock { $0.1 = value }
            }
        }
        return results.withLock { ($0.0!, $0.1!) }
    }

    /// Documents supporting each of `findings` (pillars or themes, read from the passages'
    /// `categories`), by the value `column` gives a counted passage of a document.
    private static func crossTable(
        _ findings: [Finding], _ categories: KeyPath<ClassifiedPassage, [String: CategoryScore]>, _ context: FindingBuilder.Context,
        column: (Document, ClassifiedPassage) -> String
    ) -> CrossTable {
        var cells: [String: [String: Set<String>]] = [:]
        for i in context.scored where !context.passages[i][keyPath: categories].isEmpty {
            let passage = context.passages[i]
            guard let document = context.documents[passage.document] else { continue }
            let value = column(document, passage)
            for category in passage[keyPath: categories].keys { cells[category, default: [:]][value, default: []].insert(document.id) }
        }
        let rows = findings.map(\.id)
        let columns = Set(cells.values.flatMap(\.keys)).sorted()
        return CrossTable(rows: rows, columns: columns, cells: rows.map { r in columns.map { cells[r]?[$0]?.count ?? 0 } })
    }
}
