import Foundation
import Ingest

/// Masks personal data in quotes: people named with a civility (M., Mme, Dr…), the names listed in
/// the document's attendance lists, e-mail addresses and phone numbers. Everything else in the
/// quote is left exactly as in the source.
public struct PersonalDataMasker: Sendable {
    public static let person = "[personne]"
    public static let email = "[courriel]"
    public static let phone = "[téléphone]"

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
        out = Self.replace(Self.civilityPattern, in: out, with: Self.person)
        if let namePattern = Self.namePattern(names) { out = Self.replace(namePattern, in: out, with: Self.person) }
        return Self.replace(Self.mergePattern, in: out, with: Self.person)
    }

    /// Compiles the fixed patterns now (ICU builds their Unicode sets: a few milliseconds), so
    /// that a caller can have it done on another thread before the first quote is masked.
    public static func prepare() {
        _ = (emailPattern, phonePattern, civilityPattern, mergePattern)
    }

    // Compiled once: NSRegularExpression is immutable and Sendable.
    static let emailPattern = compile(#"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"#)
    static let phonePattern = compile(#"(?:\+33\s?|\b0)[1-9](?:[\s.\-]?\d{2}){4}\b"#)
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

    private static func replace(_ regex: NSRegularExpression, in text: String, with template: String) -> String {
        let range = NSRange(text.startIndex..., in: text)
        return regex.stringByReplacingMatches(in: text, range: range, withTemplate: NSRegularExpression.escapedTemplate(for: template))
    }
}
