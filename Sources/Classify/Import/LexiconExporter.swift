import Ingest

/// Writes an imported dictionary in the project's TSV format: one file per category, under
/// `pillars/` when the category's name starts with "pilier" or "pillar", else under `themes/`.
public enum LexiconExporter {
    public static func files(_ imported: ImportedLexicon, source: String) -> [LexiconFile] {
        var used: Set<String> = []
        return imported.categories.map { category in
            var id = slug(category.name)
            while used.contains(id) { id += "-bis" }
            used.insert(id)
            let folder = ["pilier", "pillar"].contains { id.hasPrefix($0) } ? "pillars" : "themes"
            var text = "# label: \(category.name)\n# imported from \(source) (\(imported.format.rawValue))\n"
            text += "term\tmode\tweight\n"
            for term in category.terms {
                let weight = term.weight == term.weight.rounded() ? String(Int(term.weight)) : String(term.weight)
                text += "\(term.text)\t\(term.mode.rawValue)\t\(weight)\n"
            }
            return LexiconFile(path: "\(folder)/\(id).tsv", contents: text)
        }
    }

    /// A file-name-safe id: folded words joined by hyphens.
    static func slug(_ name: String) -> String {
        let words = FrenchNormalizer.tokens(name).map(\.folded)
        return words.isEmpty ? "category" : words.joined(separator: "-")
    }
}
