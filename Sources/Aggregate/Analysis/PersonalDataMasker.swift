import Foundation
import Ingest

/// Masks personal data in quotes: people named with a civility (M., Mme, Dr…), the names listed in
/// the document's attendance lists, e-mail addresses, phone numbers, social-security numbers (NIR)
/// and bank account numbers (IBAN). Everything else in the quote is left exactly as in the source.
public struct PersonalDataMasker: Sendable {
    public static let person = "[personne]"
    public static let email = "[courriel]"
    public static let phone = "[téléphone]"
    public static let nir = "[numéro de sécurité sociale]"
    public static let iban = "[IBAN]"

    /// Capitalised words taken from attendance lists.
    public var names: Set<String>

    public init(names: Set<String> = []) { self.names = names }

    static let civilities = #"(?<![\p{L}])(?:M\.|MM\.|Mme|Mmes|Mlle|Dr|Pr|Me|Monsieur|Madame|Mademoiselle|Docteur|Professeur)"#
    static let nameWord = #"(?:(?:de|du|des|le|la|van|von|di|da|del|ben|el|d['’])\s*)?\p{Lu}[\p{L}'’\-]*"#

    /// Words of attendance lists that look like names: capitalised, not a civility, not a header
    /// or an institution's acronym.
    public static func names(fromAttendance passages: [Passage]) -> Set<String> {
        var out = Set<String>()
        for passage in passages where passage.role == .attendance {
            for person in people(in: passage.text) {
                for word in person.split(whereSeparator: { $0 == " " }) {
                    let w = word.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:()"))
                    guard w.count >= 2, let first = w.unicodeScalars.first, first.properties.isUppercase,
                        !notNames.contains(MatchFolding.words(w)), !isCivility(w)
                    else { continue }
                    out.insert(w)
                }
            }
        }
        return out
    }

    /// The parts of an attendance line that name people: a table row's first cell, a line up to its
    /// first comma or parenthesis, or the comma-separated list after a cue's colon.
    static func people(in text: String) -> [String] {
        var out: [String] = []
        for line in text.split(whereSeparator: \.isNewline) {
            if line.contains("\t") {
                out.append(String(line.split(separator: "\t").first ?? ""))
            } else if let colon = line.firstIndex(of: ":") {
                out += line[line.index(after: colon)...].split(separator: ",").map { String($0.split(separator: "(").first ?? "") }
            } else {
                out.append(String(line.split(whereSeparator: { $0 == "," || $0 == "(" }).first ?? ""))
            }
        }
        return out
    }

    static func isCivility(_ w: String) -> Bool {
        ["m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "monsieur", "madame", "docteur", "professeur"].contains(MatchFolding.words(w))
    }

    /// Column headers, cue words and institutions that appear in attendance lists but name no one.
    static let notNames: Set<String> = [
        "nom", "noms", "prenom", "prenoms", "nom prenom", "qualite", "fonction", "structure", "etaient", "presents",
        "excuses", "ars", "crsa", "cts", "csa", "urps", "chu", "ch", "cd", "ere", "cpts", "ght", "cdu", "csdu", "csos",
        "csms", "csp", "fhf", "unafam", "personnes", "liste", "participants", "membres", "president", "presidente",
    ]

    /// The text with personal data replaced; adjacent masked words merge into one marker.
    public func mask(_ text: String) -> String {
        var out = text
        out = Self.replace(Self.emailPattern, in: out, with: Self.email)
        out = Self.replace(Self.phonePattern, in: out, with: Self.phone)
        out = Self.replace(Self.nirPattern, in: out, with: Self.nir)
        out = Self.replace(Self.ibanPattern, in: out, with: Self.iban, where: Self.isIBAN)
        out = Self.replace(Self.civilityPattern, in: out, with: Self.person)
        if let namePattern = Self.namePattern(names) { out = Self.replace(namePattern, in: out, with: Self.person) }
        return Self.replace(Self.mergePattern, in: out, with: Self.person)
    }

    /// Compiles the fixed patterns now (ICU builds their Unicode sets: a few milliseconds), so
    /// that a caller can have it done on another thread before the first quote is masked.
    public static func prepare() {
        _ = (emailPattern, phonePattern, nirPattern, ibanPattern, civilityPattern, mergePattern)
    }

    // Compiled once: NSRegularExpression is immutable and Sendable.
    static let emailPattern = compile(#"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"#)
    static let phonePattern = compile(#"(?:\+33\s?|\b0)[1-9](?:[\s.\-]?\d{2}){4}\b"#)
    /// The NIR as INSEE writes it: sex (1, 2, or 3, 4, 7, 8 for provisional numbers), year, month
    /// (01–12, or 20 and over for unknown months), département (two digits, 2A, 2B), commune,
    /// order number, then its two-digit key if given; spaces, dots or hyphens between groups.
    /// Masked whether or not the key checks: a mistyped number is still someone's.
    static let nirPattern = compile(
        #"(?<![\p{L}\d])[1-478][\s.\-]?\d{2}[\s.\-]?(?:0[1-9]|1[0-2]|[2-9]\d)[\s.\-]?(?:\d{2}|2[AaBb])[\s.\-]?\d{3}[\s.\-]?\d{3}(?:[\s.\-]?\d{2})?(?![\p{L}\d])"#)
    /// Country code, check digits, then 11 to 30 letters or digits, grouped by four or not; masked
    /// only when the ISO 13616 check (mod 97) holds, so that no other code is taken for one.
    static let ibanPattern = compile(#"(?<![\p{L}\d])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?(?![\p{L}\d])"#)
    static let civilityPattern = compile("\(civilities)\\s+\(nameWord)(?:\\s+\(nameWord)){0,3}")
    static let mergePattern = compile(#"\[personne\](?:\s+\[personne\])+"#)

    /// One alternation of the attendance names, longest first (so that "Jean-Pierre" wins over
    /// "Pierre"), each standing as a whole word.
    static func namePattern(_ names: Set<String>) -> NSRegularExpression? {
        guard !names.isEmpty else { return nil }
        let alternatives = names.sorted { ($0.count, $1) > ($1.count, $0) }.map(NSRegularExpression.escapedPattern(for:))
        return try? NSRegularExpression(pattern: "(?<![\\p{L}\\-])(?:" + alternatives.joined(separator: "|") + ")(?![\\p{L}\\-])")
    }

    private static func compile(_ pattern: String) -> NSRegularExpression {
        do { return try NSRegularExpression(pattern: pattern) } catch { preconditionFailure("masking pattern does not compile: \(error)") }
    }

    /// ISO 13616: the first four characters moved to the end, letters as 10…35, the number mod 97 is 1.
    static func isIBAN(_ candidate: Substring) -> Bool {
        let chars = candidate.filter { $0 != " " }
        guard chars.count >= 15, chars.count <= 34 else { return false }
        var remainder = 0
        for c in chars.dropFirst(4) + chars.prefix(4) {
            guard let v = c.isASCII ? (c.wholeNumberValue ?? c.asciiValue.map({ Int($0) - 55 })) : nil, (0...35).contains(v) else { return false }
            remainder = (v < 10 ? remainder * 10 + v : remainder * 100 + v) % 97
        }
        return remainder == 1
    }

    /// Replaces the matches for which `keep` holds.
    private static func replace(_ regex: NSRegularExpression, in text: String, with marker: String, where keep: (Substring) -> Bool) -> String {
        var out = text
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            guard let range = Range(match.range, in: out), keep(out[range]) else { continue }
            out.replaceSubrange(range, with: marker)
        }
        return out
    }

    private static func replace(_ regex: NSRegularExpression, in text: String, with template: String) -> String {
        let range = NSRange(text.startIndex..., in: text)
        return regex.stringByReplacingMatches(in: text, range: range, withTemplate: NSRegularExpression.escapedTemplate(for: template))
    }
}
