import PropertyBased
import Testing

@testable import Ingest

/// The attendance rules' word-hash pre-checks answer as the plain rules they guard.
struct AttendanceTextTests {
    /// The header rule without its pre-check: cells split and folded.
    static func headerReference(_ text: String) -> Bool {
        let names: Set<String> = ["nom", "noms", "nom prenom", "prenom nom", "noms prenoms", "participant", "participants"]
        let roles = ["qualite", "qualites", "fonction", "fonctions", "structure", "organisme", "institution", "titre", "etablissement"]
        let cells = text.split(separator: "\t").map { MatchFolding.words($0) }
        return cells.contains { names.contains($0) } && cells.contains { cell in roles.contains { cell.hasPrefix($0) } }
    }

    /// The cue rule without its pre-check: every cue tried.
    static func cueReference(_ text: String, asHeading: Bool) -> Bool {
        let words = MatchFolding.words(text).split(separator: " ")
        for cue in AttendanceText.cues {
            let parts = cue.split(separator: " ")
            guard words.starts(with: parts) else { continue }
            if words.count == parts.count || (asHeading && words.count - parts.count <= 8) { return true }
            let folded = MatchFolding.fold(text)
            if folded.hasPrefix(cue), folded.dropFirst(cue.count).drop(while: { $0 == " " }).hasPrefix(":") { return true }
        }
        return false
    }

    /// Table rows and lines made of header words, cue words, other words, tabs, colons and case.
    static let pieces = Gen.int(in: 0..<22).map { n -> String in
        ["Nom", "NOMS", "Prénom", "prénoms", "Participants", "Qualité", "Fonction", "Structure", "\t", " ", " : ", "Étaient",
         "présents", "excusés", "Liste", "des", "participant", "EHPAD", "ARS", "Mme", "nomination", "Personnes"][n]
    }.array(of: 0...7).map { $0.joined(separator: " ") }

    @Test func headerRowPreCheckKeepsTheRule() async {
        await propertyCheck(count: 3000, input: Self.pieces) { text in
            #expect(AttendanceText.isHeaderRow(text, words: BlockWords(text)) == Self.headerReference(text), "row \(text)")
        }
    }

    @Test func cuePreCheckKeepsTheRule() async {
        await propertyCheck(count: 3000, input: Self.pieces, Gen.bool) { text, asHeading in
            #expect(AttendanceText.isCue(text, words: BlockWords(text), asHeading: asHeading) == Self.cueReference(text, asHeading: asHeading), "line \(text)")
        }
    }

    @Test func knownRowsAndCues() {
        #expect(AttendanceText.isHeaderRow("Nom Prénom\tFonction", words: BlockWords("Nom Prénom\tFonction")))
        #expect(!AttendanceText.isHeaderRow("Nomination\tFonction", words: BlockWords("Nomination\tFonction")))
        #expect(AttendanceText.isCue("Étaient présents :", words: BlockWords("Étaient présents :"), asHeading: false))
        #expect(!AttendanceText.isCue("Les présents ont voté.", words: BlockWords("Les présents ont voté."), asHeading: false))
    }
}
