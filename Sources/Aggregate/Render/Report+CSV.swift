import Ingest

extension Report {
    static let csvHeader = [
        "kind", "rank", "id", "label", "score", "documents", "passages", "organisations", "regions", "keyness_g2",
        "top_entries", "strength", "difficulty", "proposal", "unspecified", "evidence_document", "evidence_quote",
    ]

    /// findings.csv: one row per theme, then per pillar. Cells a spreadsheet would read as a
    /// formula (starting with = + - @, tab or carriage return) are prefixed with an apostrophe.
    public func csv() -> String {
        var rows = [Self.csvHeader]
        for f in themes + pillars {
            rows.append([
                f.kind.rawValue, String(f.rank), f.id, f.label, Self.number(f.score), String(f.support.documents),
                String(f.support.passages), f.support.organisations.joined(separator: "; "), f.support.regions.joined(separator: "; "),
                Self.number(f.keyness), f.topEntries.map { "\($0.entry) (\($0.hits))" }.joined(separator: "; "),
                String(f.stance.strength), String(f.stance.difficulty), String(f.stance.proposal), String(f.stance.unspecified),
                f.evidence.first?.path ?? "", f.evidence.first?.quote ?? "",
            ])
        }
        return rows.map { $0.map(Self.cell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func number(_ x: Double) -> String {
        x == x.rounded() ? String(Int(x)) : String(x)
    }

    /// Controls, escape sequences, bidi controls and line breaks removed (``DisplaySafe``), then
    /// OWASP's CSV-injection rule, then RFC 4180 quoting.
    static func cell(_ value: String) -> String {
        var v = DisplaySafe.text(value)
        if let first = v.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first), Double(v) == nil {
            v = "'" + v
        }
        guard v.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return v }
        return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation
