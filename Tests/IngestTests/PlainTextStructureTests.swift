import Testing

@testable import Ingest

/// Headings, bullets, tables and paragraphs in minutes, through the whole ingest path.
struct PlainTextStructureTests {
    func roles(_ text: String) throws -> [(PassageRole, String)] {
        try ingest(text).passages.map { ($0.role, $0.text) }
    }

    @Test(arguments: [
        ("# Compte rendu", "Compte rendu"),
        ("### Points forts relevés", "Points forts relevés"),
        ("## Prochaines échéances ##", "Prochaines échéances"),
        ("COMPTE RENDU DE LA SÉANCE", "COMPTE RENDU DE LA SÉANCE"),
        ("Méthode de travail retenue", "Méthode de travail retenue"),
        ("Propositions :", "Propositions"),
        ("**Difficultés rencontrées**", "Difficultés rencontrées"),
    ])
    func headings(_ line: String, _ text: String) throws {
        let doc = try ingest(line + "\n\nUn paragraphe qui suit, assez long pour être une phrase complète.\n")
        #expect(doc.passages.first?.role == .heading)
        #expect(doc.passages.first?.text == text)
        #expect(doc.passages.last?.section == [text])
    }

    @Test(arguments: [
        "Les concertations du Ségur de la Santé reposent sur 4 piliers :",  // long line ending with a colon
        "Importance de recueillir le point de vue des collectivités locales.",  // a sentence
        "Relevé de conclusions de la séance plénière du 15 juin 2020",  // a dated line
    ])
    func notHeadings(_ line: String) throws {
        let doc = try ingest(line + "\n")
        #expect(doc.passages.first?.role != .heading)
    }

    @Test(arguments: [
        ("- Télémédecine", "Télémédecine"),
        ("* Articulation ville-hôpital", "Articulation ville-hôpital"),
        ("• EHPAD", "EHPAD"),
        ("– Formation et quotas", "Formation et quotas"),
        ("— Prévention", "Prévention"),
        ("1. Revaloriser les métiers", "Revaloriser les métiers"),
        ("2) Simplifier", "Simplifier"),
        ("a) Fédérer les acteurs", "Fédérer les acteurs"),
    ])
    func bullets(_ line: String, _ text: String) throws {
        let doc = try ingest("Liste :\n\n" + line + "\n")
        #expect(doc.passages.last?.role == .listItem)
        #expect(doc.passages.last?.text == text)
    }

    @Test func nestedAndContinuedItems() throws {
        let doc = try ingest("""
            - Emergence de nouvelles collaborations :
              - entre secteur public et privé
              - avec les collectivités
            - Un item sur deux lignes
              qui continue ici
            """)
        #expect(doc.passages.map(\.text) == [
            "Emergence de nouvelles collaborations :", "entre secteur public et privé", "avec les collectivités",
            "Un item sur deux lignes\n  qui continue ici",
        ])
        #expect(doc.passages.allSatisfy { $0.role == .listItem })
        #expect(doc.passagesAreExactSlices)
    }

    @Test func tablesThatAreNotAttendance() throws {
        let doc = try ingest("Thème\tNombre\nTélémédecine\t131\nEHPAD\t98\n")
        #expect(doc.passages.map(\.role) == [.tableRow, .tableRow, .tableRow])
        #expect(doc.passages[1].text == "Télémédecine\t131")
    }

    @Test func bylineIsMetadata() throws {
        let doc = try ingest("Une concertation nationale\n\nPar 12/06/2020 - 10:00\n\nLe ministère a lancé la concertation le 25 mai dernier dans toutes les régions.\n")
        #expect(doc.passages.map(\.role) == [.heading, .metadata, .paragraph])
        #expect(doc.date == "2020-06-12")
    }

    @Test func crlfAndTrailingSpacesKeepExactOffsets() throws {
        let doc = try ingest("# Titre\r\n\r\n- un point   \r\n- deux\r\n\r\nUn paragraphe.\r\n")
        #expect(doc.passages.map(\.text) == ["Titre", "un point", "deux", "Un paragraphe."])
        #expect(doc.passagesAreExactSlices)
    }

    @Test func multiLineParagraphIsOnePassage() throws {
        let doc = try ingest("Première ligne du paragraphe\nseconde ligne du même paragraphe.\n")
        #expect(doc.passages.count == 1)
        #expect(doc.passages[0].text == "Première ligne du paragraphe\nseconde ligne du même paragraphe.")
    }
}

/// A short line with nothing under it is content, not a heading: a one-line answer is scored.
struct BareHeadingTests {
    func roles(_ text: String) throws -> [PassageRole] {
        try ingest(text).passages.map(\.role)
    }

    @Test(arguments: [
        "Plus de lits dans les hôpitaux",
        "PLUS DE MEDECINS A LA CAMPAGNE",
        "Plus de lits dans les hôpitaux\n\nMoins de paperasse pour les soignants",
    ])
    func aTextOfShortLinesIsContent(_ text: String) throws {
        #expect(try roles(text + "\n").allSatisfy { $0 == .paragraph })
    }

    @Test func aHeadingWithSomethingUnderItStaysAHeading() throws {
        #expect(try roles("Méthode de travail retenue\n\nUn paragraphe qui suit, assez long pour être une phrase complète.\n") == [.heading, .paragraph])
        // The last short line, with nothing under it, is a closing line of content.
        #expect(try roles("Méthode de travail\n\nUne phrase complète qui suit le titre.\n\nMerci à tous\n") == [.heading, .paragraph, .paragraph])
    }

    @Test func headingsTheWriterMarkedStayHeadings() throws {
        #expect(try roles("# Compte rendu\n") == [.heading])
        #expect(try roles("Propositions :\n") == [.heading])
        // An inferred heading followed by a label still has something under it.
        #expect(try roles("Atelier numéro deux\n\nPropositions :\n\n- Une idée\n") == [.heading, .heading, .listItem])
    }
}
