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
    static func marker(_ words: BlockWords) -> Marker? {
        guard words.hashes.count <= longestMarker || words.byteCount <= 60 else { return nil }
        if relatedMarkerHashes.contains(words.hashes) { return .related }
        if furnitureMarkerHashes.contains(words.hashes) { return .furniture }
        if words.byteCount <= 60, words.hashes.count > 2 && words.hashes.starts(with: partagerSur)
            || words.hashes.count > 1 && words.hashes.starts(with: tags)
        {
            return .furniture
        }
        return nil
    }

    static func isBoilerplateBlock(_ words: BlockWords) -> Bool {
        blockPhraseScanner.firstPhrase(in: words.hashes) != nil
    }

    private static let relatedMarkerHashes = Set(relatedMarkers.map(WordIndex.hashes(ofFolded:)))
    private static let furnitureMarkerHashes = Set(furnitureMarkers.map(WordIndex.hashes(ofFolded:)))
    private static let longestMarker = relatedMarkerHashes.union(furnitureMarkerHashes).map(\.count).max() ?? 0
    private static let partagerSur = WordIndex.hashes(ofFolded: "partager sur")
    private static let tags = WordIndex.hashes(ofFolded: "tags")
    private static let blockPhraseScanner = PhraseScanner(blockPhrases)

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
    static func isCue(_ text: String, words: BlockWords, asHeading: Bool) -> Bool {
        // Most blocks start with no cue's first word: one set lookup instead of a try per cue.
        guard let first = words.hashes.first, cueFirstWords.contains(first) else { return false }
        for (cue, parts) in zip(cues, cueHashes) where words.hashes.starts(with: parts) {
            if words.hashes.count == parts.count { return true }
            if asHeading && words.hashes.count - parts.count <= 8 { return true }
            let folded = MatchFolding.fold(text)
            if folded.hasPrefix(cue), folded.dropFirst(cue.count).drop(while: { $0 == " " }).hasPrefix(":") {
                return true
            }
        }
        return false
    }

    private static let cueHashes = cues.map(WordIndex.hashes(ofFolded:))
    private static let cueFirstWords = Set(cueHashes.compactMap(\.first))

    /// Whether tab-separated cells form an attendance table header: a name column beside a
    /// quality, function or organisation column.
    static func isHeaderRow(_ text: String, words: BlockWords) -> Bool {
        // A name header's words are among the row's words (tabs separate words too): rows without
        // any are not headers, without splitting and folding their cells.
        guard words.hashes.contains(where: nameHeaderWords.contains) else { return false }
        let cells = text.split(separator: "\t").map { MatchFolding.words($0) }
        return cells.contains { nameHeaders.contains($0) } && cells.contains { cell in roleHeaders.contains { cell.hasPrefix($0) } }
    }

    private static let nameHeaders: Set<String> = ["nom", "noms", "nom prenom", "prenom nom", "noms prenoms", "participant", "participants"]
    private static let nameHeaderWords = Set(nameHeaders.flatMap(WordIndex.hashes(ofFolded:)))
    private static let roleHeaders = ["qualite", "qualites", "fonction", "fonctions", "structure", "organisme", "institution", "titre", "etablissement"]
}

/// Bylines and date lines ("Par 12/06/2020 - 10:00", "Date : 28 mai 2020", "Publié le 3 juin 2020").
enum BylineText {
    static let openers = ["date", "par", "publie le", "publie", "mis a jour le", "mise a jour", "le", "seance du", "reunion du", "modifie le", "cree le"]

    static func isByline(_ text: String) -> Bool {
        guard text.utf8.count <= 400, text.scalarCount <= 100, FrenchDates.first(in: text) != nil else { return false }
        let words = MatchFolding.words(text)
        if let firstDigit = words.firstIndex(where: \.isNumber), words[..<firstDigit].isEmpty { return true }
        return openers.contains { words.hasPrefix($0 + " ") }
    }
}

/// A block's words (``MatchFolding/words(_:)``) as hashes, made once for all the word rules.
struct BlockWords {
    let hashes: [UInt64]
    /// UTF-8 length of the words joined by single spaces.
    let byteCount: Int

    var isEmpty: Bool { hashes.isEmpty }

    init(_ text: String) {
        (hashes, byteCount) = WordIndex.hashesAndLength(ofText: text)
    }
}
