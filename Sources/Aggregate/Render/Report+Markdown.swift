import Foundation
import Ingest

extension Report {
    /// report.md: the ranking as a table, then each theme with its evidence.
    public func markdown() -> String {
        var out = ["# Ségur de la santé : thèmes récurrents", ""]
        out.append("\(run.counts.documents) documents (\(run.counts.duplicates) quasi-doublons comptés une fois), \(run.counts.scoredPassages) passages analysés, \(run.counts.matches) occurrences. Lexique `\(run.lexiconDigest.prefix(12))`, corpus `\(run.corpusDigest.prefix(12))`, segur-pipeline \(run.toolVersion)\(run.asOf.map { ", au \($0)" } ?? "").")
        out += ["", "## Classement des thèmes", "", "| rang | thème | score | documents | organisations | régions | pour / difficulté / proposition |", "|---:|---|---:|---:|---:|---:|---|"]
        for f in themes {
            out.append("| \(f.rank) | \(Self.md(f.label)) | \(Self.number(f.score)) | \(f.support.documents) | \(f.support.organisations.count) | \(f.support.regions.count) | \(f.stance.strength) / \(f.stance.difficulty) / \(f.stance.proposal) |")
        }
        out += ["", "## Piliers", "", "| rang | pilier | score | documents |", "|---:|---|---:|---:|"]
        for f in pillars { out.append("| \(f.rank) | \(Self.md(f.label)) | \(Self.number(f.score)) | \(f.support.documents) |") }
        if let trends, !trends.isEmpty {
            out += ["", "## Évolution depuis le rapport précédent", ""]
            for t in trends where t.status != .stable {
                out.append("- \(Self.md(t.label)) : \(t.status.rawValue) (rang \(t.previousRank.map(String.init) ?? "–") → \(t.rank.map(String.init) ?? "–"), documents \(t.previousDocuments.map(String.init) ?? "–") → \(t.documents.map(String.init) ?? "–"))")
            }
        }
        for (column, table) in (themesBy ?? [:]).sorted(by: { $0.key < $1.key }) {
            out += ["", "## Thèmes par \(Self.md(column)) (documents)", ""]
            out.append("| thème | " + table.columns.map(Self.md).joined(separator: " | ") + " |")
            out.append("|---|" + String(repeating: "---:|", count: table.columns.count))
            for (i, id) in table.rows.enumerated() {
                out.append("| \(Self.md(themes.first { $0.id == id }?.label ?? id)) | " + table.cells[i].map(String.init).joined(separator: " | ") + " |")
            }
        }
        if let campaigns {
            out += ["", "## Textes envoyés par de nombreuses contributions (campagnes)", ""]
            out.append("Chaque texte n’est compté qu’une fois dans le classement.")
            out.append("")
            for c in campaigns { out.append("- \(c.contributions) contributions : « \(Self.md(c.excerpt)) » (\(Self.code(c.path)))") }
        }
        if !duplicates.isEmpty {
            out += ["", "## Quasi-doublons comptés une fois", ""]
            for d in duplicates { out.append("- \(Self.code(d.kept)) ← \(Self.listed(d.dropped).map(Self.code).joined(separator: ", "))\(Self.more(d.dropped)) (similarité \(d.similarity))") }
        }
        out += ["", "## Thèmes et citations", ""]
        for f in themes {
            out.append("### \(f.rank). \(Self.md(f.label))")
            out.append("")
            out.append("Score \(Self.number(f.score)) ; \(f.support.documents) documents, \(f.support.passages) passages ; régions : \(Self.md(f.support.regions.joined(separator: ", "))). Termes les plus fréquents : \(Self.md(f.topEntries.map { "\($0.entry) (\($0.hits))" }.joined(separator: ", "))).")
            if !f.keyGroups.isEmpty {
                out.append("Spécifique de : \(f.keyGroups.map { "\(Self.md($0.group)) (G² \(Self.number($0.g2)))" }.joined(separator: ", ")).")
            }
            out.append("")
            for e in f.evidence {
                out.append("> \(Self.md(e.quote).replacingOccurrences(of: "\n", with: " "))")
                out.append(">")
                out.append("> — \(Self.md(e.title ?? e.path)), \(Self.md(e.section.last ?? "")) (\(Self.code(e.path)), \(e.start)–\(e.end))")
                out.append("")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A code span (file names): neutralised (``DisplaySafe``), fenced by more backticks than the
    /// text holds in a row, as CommonMark reads it.
    static func code(_ s: String) -> String {
        let text = DisplaySafe.text(s)
        var longest = 0, run = 0
        for c in text {
            run = c == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        return longest == 0 ? fence + text + fence : fence + " " + text + " " + fence
    }

    /// Removes controls, escape sequences, bidi controls and line breaks (``DisplaySafe``), then
    /// escapes what Markdown would read as markup or HTML.
    static func md(_ s: String) -> String {
        var out = ""
        for c in DisplaySafe.text(s) {
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "|", "*", "_", "`", "[", "]", "#", "\\": out += "\\\(c)"
            default: out.append(c)
            }
        }
        return out
    }
}
