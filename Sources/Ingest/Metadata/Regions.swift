import Foundation

/// French regions as named in text, in ARS site host names and in overseas department codes.
enum Regions {
    struct Region {
        var name: String
        /// Folded word sequences (see ``MatchFolding/words(_:)``) that name the region in text.
        var aliases: [String]
        /// The label before `.ars.sante.fr` on the region's ARS site.
        var hostLabel: String
        /// Overseas department code used in ARS addresses (`ars971-…`).
        var code: String?
    }

    static let all: [Region] = [
        Region(name: "Auvergne-Rhône-Alpes", aliases: ["auvergne rhone alpes"], hostLabel: "auvergne-rhone-alpes"),
        Region(name: "Bourgogne-Franche-Comté", aliases: ["bourgogne franche comte"], hostLabel: "bourgogne-franche-comte"),
        Region(name: "Bretagne", aliases: ["bretagne"], hostLabel: "bretagne"),
        Region(name: "Centre-Val de Loire", aliases: ["centre val de loire"], hostLabel: "centre-val-de-loire"),
        Region(name: "Corse", aliases: ["corse"], hostLabel: "corse"),
        Region(name: "Grand Est", aliases: ["grand est"], hostLabel: "grand-est"),
        Region(name: "Hauts-de-France", aliases: ["hauts de france"], hostLabel: "hauts-de-france"),
        Region(name: "Île-de-France", aliases: ["ile de france"], hostLabel: "iledefrance"),
        Region(name: "Normandie", aliases: ["normandie"], hostLabel: "normandie"),
        Region(name: "Nouvelle-Aquitaine", aliases: ["nouvelle aquitaine"], hostLabel: "nouvelle-aquitaine"),
        Region(name: "Occitanie", aliases: ["occitanie"], hostLabel: "occitanie"),
        Region(name: "Pays de la Loire", aliases: ["pays de la loire"], hostLabel: "pays-de-la-loire"),
        Region(name: "Provence-Alpes-Côte d'Azur", aliases: ["provence alpes cote d azur", "paca"], hostLabel: "paca"),
        Region(name: "Guadeloupe", aliases: ["guadeloupe"], hostLabel: "guadeloupe", code: "971"),
        Region(name: "Martinique", aliases: ["martinique"], hostLabel: "martinique", code: "972"),
        Region(name: "Guyane", aliases: ["guyane"], hostLabel: "guyane", code: "973"),
        // "la réunion" alone is a meeting: only unambiguous forms.
        Region(name: "La Réunion", aliases: ["ile de la reunion", "ars la reunion", "ars reunion"], hostLabel: "lareunion", code: "974"),
        Region(name: "Mayotte", aliases: ["mayotte"], hostLabel: "mayotte", code: "976"),
    ]

    /// The region an address names: `occitanie.ars.sante.fr`, `www.paca.ars.sante.fr`, `ars971-…@…`.
    static func fromAddresses(in text: String) -> Region? {
        let lowered = text.lowercased()
        for region in all {
            if lowered.contains(region.hostLabel + ".ars.sante.fr") { return region }
            if let code = region.code, lowered.contains("ars" + code) { return region }
        }
        return nil
    }

    /// Mentions of each region in folded words, counted.
    static func mentions(inWords words: String) -> [(Region, Int)] {
        let padded = " " + words + " "
        return all.compactMap { region in
            let n = region.aliases.reduce(0) { $0 + padded.occurrences(of: " " + $1 + " ") }
            return n > 0 ? (region, n) : nil
        }
    }
}

extension String {
    /// Non-overlapping occurrences of `needle`.
    func occurrences(of needle: String) -> Int {
        guard !needle.isEmpty else { return 0 }
        var count = 0
        var search = startIndex..<endIndex
        while let r = range(of: needle, range: search) {
            count += 1
            search = r.upperBound..<endIndex
        }
        return count
    }
}
