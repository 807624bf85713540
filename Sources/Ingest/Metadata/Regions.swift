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
    static func fromAddresses(_ addresses: [String]) -> Region? {
        for region in all {
            let host = region.hostLabel + ".ars.sante.fr"
            if addresses.contains(where: { $0.utf8Contains(host) }) { return region }
            if let code = region.code, addresses.contains(where: { $0.utf8Contains("ars" + code) }) { return region }
        }
        return nil
    }

    /// The words of `text` that look like web or e-mail addresses (hold a dot or an @) and name an
    /// ARS (hold "ars"), ASCII-lowercased: the only places the address rules need to look, since
    /// every one of them looks for "ars".
    static func addresses(in text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { bytes in
            var out: [String] = []
            guard let base = bytes.baseAddress else { return out }
            // Only tokens holding a dot or an @ can be addresses: the scan jumps from one such
            // byte to the next (memchr), and reads just the token around it.
            var from = 0
            while from < bytes.count {
                let rest = bytes.count - from
                let dot = memchr(base + from, 0x2E, rest).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count
                let at = memchr(base + from, 0x40, min(rest, dot - from)).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? dot
                let marker = min(dot, at)
                guard marker < bytes.count else { break }
                var start = marker
                while start > from, !isAddressDelimiter(bytes[start - 1]) { start -= 1 }
                var end = marker + 1
                while end < bytes.count, !isAddressDelimiter(bytes[end]) { end += 1 }
                // Only a token of 6 bytes or more is ever copied out (most marked words are not).
                if end - start >= 6 {
                    let token = bytes[start..<end].map(\.asciiLowercased)
                    if token.utf8Contains(Array("ars".utf8)) { out.append(String(decoding: token, as: UTF8.self)) }
                }
                from = end + 1
            }
            return out
        }
    }

    /// The bytes that end an address token: space, tab, line breaks, ( ) < > " ' , ;
    @inline(__always)
    static func isAddressDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, 0x28, 0x29, 0x3C, 0x3E, 0x22, 0x27, 0x2C, 0x3B: return true
        default: return false
        }
    }

    /// Mentions of each region, counted.
    static func mentions(in index: WordIndex) -> [(Region, Int)] {
        zip(all, aliasPhrases).compactMap { region, phrases in
            let n = phrases.reduce(0) { $0 + index.count($1) }
            return n > 0 ? (region, n) : nil
        }
    }

    static let aliasPhrases: [[WordIndex.Phrase]] = all.map { $0.aliases.map(WordIndex.Phrase.init) }
}
