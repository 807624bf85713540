import Ingest

extension Report {
    /// report.html: one self-contained page (inline CSS and SVG, no script, no external asset), every
    /// piece of document text escaped.
    public func html() -> String {
        var b = HTMLBuilder()
        b.raw("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        b.raw("<title>Ségur de la santé : thèmes récurrents</title>\n<style>\(Self.css)</style>\n</head>\n<body>\n<main>\n")
        b.element("h1", "Ségur de la santé : thèmes récurrents")
        b.element("p", "\(run.counts.documents) documents (\(run.counts.duplicates) quasi-doublons comptés une fois), \(run.counts.scoredPassages) passages analysés, \(run.counts.matches) occurrences. segur-pipeline \(run.toolVersion), lexique \(run.lexiconDigest.prefix(12)), corpus \(run.corpusDigest.prefix(12))\(run.asOf.map { ", au \($0)" } ?? "").", attributes: "class=\"run\"")
        b.element("h2", "Thèmes par nombre de documents")
        b.raw(chart())
        b.element("h2", "Classement")
        b.table(
            header: ["Rang", "Thème", "Score", "Documents", "Passages", "Organisations", "Régions", "Points forts", "Difficultés", "Propositions"],
            rows: themes.map { f in
                [String(f.rank), f.label, Self.number(f.score), String(f.support.documents), String(f.support.passages),
                 String(f.support.organisations.count), String(f.support.regions.count), String(f.stance.strength),
                 String(f.stance.difficulty), String(f.stance.proposal)]
            }, id: "classement")
        b.element("h2", "Piliers par type d’organisation (documents)")
        b.table(header: ["Pilier"] + pillarsByOrganisation.columns, rows: crossRows(pillarsByOrganisation), id: "piliers-organisations")
        b.element("h2", "Piliers par région (documents)")
        b.table(header: ["Pilier"] + pillarsByRegion.columns, rows: crossRows(pillarsByRegion), id: "piliers-regions")
        for (column, table) in (themesBy ?? [:]).sorted(by: { $0.key < $1.key }) {
            b.element("h2", "Thèmes par \(column) (documents)")
            b.table(header: ["Thème"] + table.columns, rows: themeRows(table), id: "themes-par-\(column)")
        }
        if let trends, !trends.isEmpty {
            b.element("h2", "Évolution depuis le rapport précédent")
            b.table(
                header: ["Thème", "Évolution", "Rang avant", "Rang", "Documents avant", "Documents"],
                rows: trends.map { [$0.label, $0.status.rawValue, $0.previousRank.map(String.init) ?? "–", $0.rank.map(String.init) ?? "–", $0.previousDocuments.map(String.init) ?? "–", $0.documents.map(String.init) ?? "–"] },
                id: "evolution")
        }
        b.element("h2", "Thèmes et citations")
        for f in themes { theme(f, into: &b) }
        if let campaigns {
            b.element("h2", "Textes envoyés par de nombreuses contributions (campagnes)")
            b.element("p", "Chaque texte n’est compté qu’une fois dans le classement.")
            b.raw("<ul>\n")
            for c in campaigns { b.element("li", "\(c.contributions) contributions : « \(c.excerpt) » (\(c.path))") }
            b.raw("</ul>\n")
        }
        if !duplicates.isEmpty {
            b.element("h2", "Quasi-doublons comptés une fois")
            b.raw("<ul>\n")
            for d in duplicates { b.element("li", "\(d.kept) ← \(Self.listed(d.dropped).joined(separator: ", "))\(Self.more(d.dropped)) (similarité \(d.similarity))") }
            b.raw("</ul>\n")
        }
        b.raw("</main>\n</body>\n</html>\n")
        return b.text
    }

    private func themeRows(_ table: CrossTable) -> [[String]] {
        table.rows.enumerated().map { i, id in
            [(themes.first { $0.id == id }?.label ?? id)] + table.cells[i].map(String.init)
        }
    }

    private func crossRows(_ table: CrossTable) -> [[String]] {
        table.rows.enumerated().map { i, id in
            [(pillars.first { $0.id == id }?.label ?? id)] + table.cells[i].map(String.init)
        }
    }

    private func theme(_ f: Finding, into b: inout HTMLBuilder) {
        b.raw("<section class=\"theme\" id=\"theme-\(HTMLBuilder.escape(f.id))\">\n")
        b.element("h3", "\(f.rank). \(f.label)")
        b.element("p", "Score \(Self.number(f.score)) ; \(f.support.documents) documents, \(f.support.passages) passages ; organisations : \(f.support.organisations.joined(separator: ", ")) ; régions : \(f.support.regions.joined(separator: ", ")).")
        b.element("p", "Termes les plus fréquents : " + f.topEntries.map { "\($0.entry) (\($0.hits))" }.joined(separator: ", "))
        if !f.keyGroups.isEmpty {
            b.element("p", "Spécifique de : " + f.keyGroups.map { "\($0.group) (G² \(Self.number($0.g2)))" }.joined(separator: ", "))
        }
        for e in f.evidence {
            b.raw("<figure>\n")
            b.element("blockquote", e.quote)
            b.element("figcaption", "\(e.title ?? e.path) — \(e.section.last ?? "") (\(e.path), \(e.start)–\(e.end)\(e.stance.map { ", \($0.rawValue)" } ?? ""))")
            b.raw("</figure>\n")
        }
        b.raw("</section>\n")
    }

    /// Horizontal bars, one per theme, length proportional to its number of documents.
    private func chart() -> String {
        let maxDocuments = max(1, themes.map(\.support.documents).max() ?? 1)
        let rowHeight = 22
        let labelWidth = 420
        let barWidth = 360
        // Themes are ranked by documents first, so the bars come in rank order.
        var svg = "<svg role=\"img\" aria-label=\"Thèmes par nombre de documents\" width=\"\(labelWidth + barWidth + 60)\" height=\"\(rowHeight * max(1, themes.count) + 10)\">\n"
        for (i, f) in themes.enumerated() {
            let y = i * rowHeight + 5
            let w = max(2, barWidth * f.support.documents / maxDocuments)
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">\(HTMLBuilder.escape(f.label))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(w)\" height=\"\(rowHeight - 6)\" fill=\"#000091\"></rect>"
            svg += "<text x=\"\(labelWidth + w + 6)\" y=\"\(y + 15)\">\(f.support.documents)</text>\n"
        }
        return svg + "</svg>\n"
    }

    static let css = """
        body{font-family:system-ui,sans-serif;margin:0;color:#161616;background:#fff}main{max-width:1100px;margin:0 auto;padding:1.5rem}
        h1{font-size:1.8rem}h2{margin-top:2rem;border-bottom:2px solid #000091}table{border-collapse:collapse;margin:1rem 0}
        th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}td:not(:nth-child(2)){text-align:right}
        blockquote{margin:.5rem 0;padding:.5rem 1rem;border-left:4px solid #000091;background:#f5f5fe;white-space:pre-wrap}
        figcaption{font-size:.85rem;color:#555}svg text{font-size:13px}.run{color:#555}
        """
}

/// Builds HTML with every text escaped.
struct HTMLBuilder {
    private(set) var text = ""

    mutating func raw(_ s: String) { text += s }

    mutating func element(_ name: String, _ content: String, attributes: String = "") {
        text += "<\(name)\(attributes.isEmpty ? "" : " " + attributes)>\(Self.escape(content))</\(name)>\n"
    }

    mutating func table(header: [String], rows: [[String]], id: String) {
        text += "<table id=\"\(id)\">\n<thead><tr>" + header.map { "<th>\(Self.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows { text += "<tr>" + row.map { "<td>\(Self.escape($0))</td>" }.joined() + "</tr>\n" }
        text += "</tbody>\n</table>\n"
    }

    /// Controls, escape sequences and bidi controls removed (``DisplaySafe``), then HTML's specials.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in DisplaySafe.text(s).unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
