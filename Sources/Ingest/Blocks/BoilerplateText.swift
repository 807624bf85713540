/// Boilerplate recognised by its words, for pages saved as text and for HTML whose markup does not
/// say what a block is. The phrases are the web's common ones in French and in the other languages
/// of European pages (English, German, Spanish, Italian), written as in running text: a block
/// matches a marker when its folded words are the marker's.
enum BoilerplateText {
    /// Markers that open a list of links to other pages, or a box about something else than the
    /// page's text (the author's bio): the marker and everything after it up to the next heading
    /// of the same or a higher level is dropped.
    static let relatedMarkers: Set<String> = [
        "à lire également", "à lire aussi", "lire aussi", "lire également", "voir aussi",
        "sur le même sujet", "sur le même thème", "articles liés", "articles associés",
        "dans la même rubrique", "actualités liées", "autres actualités", "contenus associés",
        "pages associées", "vous aimerez aussi", "à voir aussi", "table des matières", "sommaire",
        "à propos de l'auteur", "l'auteur",
        "related", "related articles", "related posts", "related stories", "related content", "see also",
        "read also", "more stories", "more from", "you might also like", "you may also like",
        "recommended", "recommended for you", "more on this topic", "latest news", "latest articles",
        "latest posts", "recent posts", "most popular", "most read", "popular posts", "about the author",
        "mehr zum thema", "lesen sie auch", "lesen sie mehr", "auch interessant", "das könnte sie auch interessieren",
        "das könnte dich auch interessieren", "weitere artikel", "ähnliche artikel", "ähnliche beiträge",
        "verwandte artikel", "verwandte beiträge", "neueste artikel", "neueste beiträge", "aktuelle beiträge",
        "beliebte beiträge", "meistgelesen", "meistgelesene artikel", "empfehlungen aus der redaktion",
        "weitere themen", "mehr interessantes", "über den autor", "über die autorin", "zum autor",
        "zum weiterlesen", "weiterführende informationen", "weitere informationen", "aktuellste beiträge",
        "meistkommentiert", "das könnte sie interessieren", "more information", "further reading",
        "plus d'informations", "pour aller plus loin", "en savoir plus",
        "noticias relacionadas", "artículos relacionados", "te puede interesar", "también te puede interesar",
        "lee también", "más noticias", "sobre el autor", "temas relacionados", "lo último", "lo más leído",
        "más leídas", "más leído",
        "articoli correlati", "leggi anche", "potrebbe interessarti", "ti potrebbe interessare", "sull'autore",
    ]

    /// Markers of page furniture: the marker and the short blocks right after it (tag lists,
    /// network names, a comment form's fields) are dropped.
    static let furnitureMarkers: Set<String> = [
        "tags", "tag", "mots clés", "mot clé", "étiquettes", "partager", "partager cet article",
        "partager la page", "partager cette page", "partager sur", "imprimer", "imprimer la page",
        "imprimer cette page", "retour en haut", "retour en haut de page", "haut de page",
        "envoyer par mail", "envoyer à un ami", "suivez nous", "nous suivre", "fil d'ariane",
        "vous êtes ici", "précédent", "suivant", "page précédente", "page suivante", "retour au sommaire",
        "laisser un commentaire", "laissez un commentaire", "répondre", "publicité",
        "share", "share this", "share this article", "share this post", "share on", "print", "back to top",
        "previous", "next", "previous post", "next post", "previous article", "next article", "leave a reply",
        "leave a comment", "post a comment", "add a comment", "comments", "advertisement", "follow us",
        "you are here", "read more", "weiterlesen", "mehr lesen", "leer más", "continua a leggere",
        "teilen", "artikel teilen", "beitrag teilen", "drucken", "nach oben", "zurück", "zurück zur übersicht",
        "vorheriger beitrag", "nächster beitrag", "vorheriger artikel", "nächster artikel", "vorheriges", "nächstes",
        "kommentare", "kommentar verfassen", "kommentar schreiben", "schreibe einen kommentar", "schreib einen kommentar",
        "hinterlasse einen kommentar", "hinterlassen sie einen kommentar", "hinterlassen sie eine antwort",
        "diskutieren sie mit", "diskutieren sie mit uns", "anzeige", "werbung", "schlagwörter", "schlagworte",
        "folgen sie uns", "sie sind hier", "der nächste beitrag", "kontakt", "ansprechpartner", "ansprechpartnerin",
        "contact", "contacts",
        "compartir", "comentarios", "deja un comentario", "deja una respuesta", "publicidad", "anterior", "siguiente",
        "volver arriba", "etiquetas",
        "condividi", "commenti", "lascia un commento", "lascia una risposta", "pubblicità", "precedente",
        "successivo", "torna su",
    ]

    /// Phrases that make a whole block boilerplate wherever they stand (cookie banners, legal lines).
    static let blockPhrases = [
        "utilise des cookies", "utilisons des cookies", "accepter les cookies", "gestion des cookies",
        "paramétrer les cookies", "tous droits réservés", "en poursuivant votre navigation",
        "uses cookies", "use cookies", "accept cookies", "cookie settings", "what are cookies", "all rights reserved",
        "verwendet cookies", "verwenden cookies", "nutzt cookies", "was sind cookies", "cookie einstellungen",
        "alle rechte vorbehalten",
        "utiliza cookies", "utilizamos cookies", "todos los derechos reservados",
        "utilizza cookie", "utilizziamo cookie", "tutti i diritti riservati",
        // Calls to subscribe or to comment, and advertising notices.
        "abonnez vous à notre newsletter", "inscrivez vous à notre newsletter", "recevez notre newsletter",
        "subscribe to our newsletter", "sign up for our newsletter", "subscribe to email updates", "receive our newsletter",
        "receive our monthly newsletter", "comments are closed", "to leave a comment", "log in to comment",
        "abonniere unseren newsletter", "abonnieren sie unseren newsletter", "newsletter abonnieren",
        "melden sie sich für unseren newsletter an", "die kommentarfunktion ist geschlossen", "kommentare sind geschlossen",
        "angemeldete benutzer können kommentieren", "dieser beitrag enthält werbung", "enthält affiliate links",
        "suscríbete a nuestro boletín", "iscriviti alla nostra newsletter",
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

    /// A picture's caption or credit line: a short block that names a copyright holder (`©`), or
    /// whose words start with a credit label and a colon ("Foto: dpa", "Source : Insee"), or end
    /// with one in brackets ("… (Photo: AFP)"), or a numbered figure's caption ("Abbildung 4: …").
    /// Judged on the bytes (labels are matched ASCII-lowercased): it runs on every short block.
    static func isCreditLine(_ block: Block) -> Bool {
        guard block.sourceRange == nil, block.headingLevel == nil, block.length <= maxCreditLine else { return false }
        var text = block.text
        return text.withUTF8 { bytes in
            // A credit names its holder after a `©` (C2 A9) or a colon: most blocks have neither.
            var colon = false
            for i in bytes.indices {
                if bytes[i] == 0x3A { colon = true }
                if bytes[i] == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA9 { return true }
            }
            guard colon else { return false }
            if labelAndColon(bytes, at: 0, labels: creditLabelBytes) || isNumberedFigure(bytes) { return true }
            if bytes.last == UInt8(ascii: ")"), let open = bytes.lastIndex(of: UInt8(ascii: "(")) {
                return labelAndColon(bytes, at: open + 1, labels: creditLabelBytes)
            }
            return false
        }
    }

    /// Whether `bytes` at `at` hold one of `labels` (ASCII-lowercased), then spaces, then `:`.
    private static func labelAndColon(_ bytes: UnsafeBufferPointer<UInt8>, at: Int, labels: [[UInt8]]) -> Bool {
        for label in labels where at + label.count <= bytes.count {
            var matches = true
            for (j, b) in label.enumerated() where bytes[at + j].asciiLowercased != b {
                matches = false
                break
            }
            guard matches else { continue }
            var i = at + label.count
            while i < bytes.count, bytes[i] == 0x20 || (bytes[i] == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0) {
                i += bytes[i] == 0x20 ? 1 : 2
            }
            if i < bytes.count, bytes[i] == 0x3A { return true }
        }
        return false
    }

    /// "Abbildung 4: …", "Figure 2. …": a figure label, a number, a colon or a full stop.
    private static func isNumberedFigure(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let space = bytes.firstIndex(of: 0x20) else { return false }
        let word = bytes[..<space].map(\.asciiLowercased)
        guard figureLabelBytes.contains(word) else { return false }
        var i = space + 1
        let digitsStart = i
        while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 }
        return i > digitsStart && i < bytes.count && (bytes[i] == 0x3A || bytes[i] == 0x2E)
    }

    static let maxCreditLine = 150
    /// "Photo", "picture", "source", "credit" in the languages of the other phrases.
    static let creditLabels = [
        "photo", "photos", "crédit", "crédits", "crédit photo", "source", "sources", "illustration",
        "credit", "credits", "image", "images", "picture",
        "foto", "fotos", "bild", "bilder", "quelle", "fuente", "fonte",
    ]
    static let figureLabels = ["figure", "fig.", "abbildung", "abb.", "figura", "grafik", "graphique", "schéma", "schema", "image", "bild", "foto", "photo"]
    private static let creditLabelBytes = creditLabels.map { Array($0.utf8) }
    private static let figureLabelBytes = Set(figureLabels.map { Array($0.utf8) })

    static func isBoilerplateBlock(_ words: BlockWords) -> Bool {
        blockPhraseScanner.firstPhrase(in: words.hashes) != nil
    }

    private static let relatedMarkerHashes = Set(relatedMarkers.map { WordIndex.hashes(ofText: $0) })
    private static let furnitureMarkerHashes = Set(furnitureMarkers.map { WordIndex.hashes(ofText: $0) })
    private static let longestMarker = relatedMarkerHashes.union(furnitureMarkerHashes).map(\.count).max() ?? 0
    private static let partagerSur = WordIndex.hashes(ofFolded: "partager sur")
    private static let tags = WordIndex.hashes(ofFolded: "tags")
    private static let blockPhraseScanner = PhraseScanner(blockPhrases.map { MatchFolding.words($0) })

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
