/// Boilerplate recognised by its words, for pages saved as text and for HTML whose markup does not
/// say what a block is.
enum BoilerplateText {
    /// Markers that open a list of links to other pages: the marker and everything after it up to
    /// the next heading of the same or a higher level is dropped.
    static let relatedMarkers: Set<String> = [
        "a lire egalement", "a lire aussi", "lire aussi", "lire egalement", "voir aussi",
        "sur le meme sujet", "sur le meme theme", "articles lies", "articles associes",
        "dans la meme rubrique", "actualites liees", "autres actualites", "contenus associes",
        "pages associees", "vous aimerez aussi", "a voir aussi", "table des matieres", "sommaire",
    ]

    /// Markers of page furniture: the marker and the short blocks right after it (tag lists,
    /// network names) are dropped.
    static let furnitureMarkers: Set<String> = [
        "tags", "tag", "mots cles", "mot cle", "etiquettes", "partager", "partager cet article",
        "partager la page", "partager cette page", "partager sur", "imprimer", "imprimer la page",
        "imprimer cette page", "retour en haut", "retour en haut de page", "haut de page",
        "envoyer par mail", "envoyer a un ami", "suivez nous", "nous suivre", "fil d ariane",
        "vous etes ici", "precedent", "suivant", "page precedente", "page suivante", "retour au sommaire",
    ]

    /// Phrases that make a whole block boilerplate wherever they stand (cookie banners, legal lines).
    static let blockPhrases = [
        "utilise des cookies", "utilisons des cookies", "accepter les cookies", "gestion des cookies",
        "parametrer les cookies", "tous droits reserves", "en poursuivant votre navigation",
    ]

    /// The marker a block's words form, if any.
    static func marker(_ words: String) -> Marker? {
        if relatedMarkers.contains(words) { return .related }
        if furnitureMarkers.contains(words) { return .furniture }
        if words.count <= 60, words.hasPrefix("partager sur ") || words.hasPrefix("tags ") { return .furniture }
        return nil
    }

    static func isBoilerplateBlock(_ words: String) -> Bool {
        let bytes = Array(words.utf8)
        return blockPhraseBytes.contains { phrase in
            phrase.count <= bytes.count && (0...(bytes.count - phrase.count)).contains { bytes[$0..<($0 + phrase.count)].elementsEqual(phrase) }
        }
    }

    private static let blockPhraseBytes = blockPhrases.map { Array($0.utf8) }

    enum Marker {
        case related
        case furniture
    }
}

/// Attendance lists in minutes: the cue lines that open them and the table headers that mark them.
enum AttendanceText {
    static let cues = [
        "etaient presents ou representes", "etaient presentes", "etaient presents", "etaient excusees",
        "etaient excuses", "etaient absents", "etaient invites", "etaient representes", "absents excuses",
        "membres presents", "membres excuses", "personnes presentes", "personnes excusees",
        "liste des participants", "liste des presents", "liste de presence", "feuille de presence",
        "participants", "presents", "presentes", "excuses", "excusees", "absents", "assistaient",
        "invites", "pouvoirs",
    ]

    /// Whether a heading or paragraph opens an attendance list. A heading may go on for a few words
    /// after the cue ("Personnes présentes au titre de l'ARS"); a paragraph must stop at the cue or
    /// follow it with a colon ("Étaient présents : Mme …").
    static func isCue(_ text: String, asHeading: Bool) -> Bool {
        let folded = MatchFolding.fold(text)
        let words = MatchFolding.words(folded: folded)
        for cue in cues where words == cue || words.hasPrefix(cue + " ") {
            if words == cue { return true }
            let rest = words.dropFirst(cue.count + 1)
            if asHeading && rest.split(separator: " ").count <= 8 { return true }
            if folded.hasPrefix(cue), folded.dropFirst(cue.count).drop(while: { $0 == " " }).hasPrefix(":") {
                return true
            }
        }
        return false
    }

    /// Whether tab-separated cells form an attendance table header: a name column beside a
    /// quality, function or organisation column.
    static func isHeaderRow(_ text: String) -> Bool {
        let cells = text.split(separator: "\t").map { MatchFolding.words($0) }
        let nameColumn = cells.contains { ["nom", "noms", "nom prenom", "prenom nom", "noms prenoms", "participant", "participants"].contains($0) }
        let roleColumn = cells.contains { cell in
            ["qualite", "qualites", "fonction", "fonctions", "structure", "organisme", "institution", "titre", "etablissement"]
                .contains { cell.hasPrefix($0) }
        }
        return nameColumn && roleColumn
    }
}

/// Bylines and date lines ("Par 12/06/2020 - 10:00", "Date : 28 mai 2020", "Publié le 3 juin 2020").
enum BylineText {
    static let openers = ["date", "par", "publie le", "publie", "mis a jour le", "mise a jour", "le", "seance du", "reunion du", "modifie le", "cree le"]

    static func isByline(_ text: String) -> Bool {
        guard text.unicodeScalars.count <= 100, FrenchDates.first(in: text) != nil else { return false }
        let words = MatchFolding.words(text)
        if let firstDigit = words.firstIndex(where: \.isNumber), words[..<firstDigit].isEmpty { return true }
        return openers.contains { words.hasPrefix($0 + " ") }
    }
}
