import Testing

@testable import Ingest

/// Attendance lists are marked, whatever shape they take, and prose around them is not.
struct AttendanceTests {
    static let names = ["DURAND Paul", "MARTIN Lise", "PETIT Jean"]

    @Test(arguments: [
        "Etaient présents :\n\nNOMS\tQUALITE\nM. DURAND Paul\tPrésident\nMme MARTIN Lise\tURPS\n\nEtaient excusés\n\nM. PETIT Jean\tCD 31\n",
        "Étaient présents :\nMme MARTIN Lise, présidente\nM. DURAND Paul, directeur\n\nÉtaient excusés :\nM. PETIT Jean, conseiller\n",
        "### Personnes présentes au titre de l'ARS :\n\n- M. DURAND Paul, directeur\n- Mme MARTIN Lise, cheffe de service\n- M. PETIT Jean, assistant\n",
        "Nom Prénom\tFonction\nM. DURAND Paul\tPrésident\nMme MARTIN Lise\tVice-présidente\nM. PETIT Jean\tMembre\n",
        "Excusés : M. DURAND Paul (CD), Mme MARTIN Lise (URPS), M. PETIT Jean (CPTS)\n",
        "LISTE DES PARTICIPANTS\n\nM. DURAND Paul\tARS\nMme MARTIN Lise\tCRSA\nM. PETIT Jean\tCTS\n",
    ])
    func namesAreOnlyInAttendancePassages(_ text: String) throws {
        let doc = try ingest("Un compte rendu de séance où les membres ont parlé de télémédecine et des EHPAD pendant une heure.\n\n" + text)
        for name in Self.names {
            let holding = doc.passages.filter { $0.text.contains(name) }
            #expect(!holding.isEmpty, "\(name) should be in a passage")
            #expect(holding.allSatisfy { $0.role == .attendance }, "\(name) outside attendance: \(holding.map(\.role))")
        }
        #expect(doc.passages.first?.role == .paragraph)
    }

    @Test func listEndsAtNextHeadingOrProse() throws {
        let doc = try ingest("""
            Etaient présents :
            M. DURAND Paul\tPrésident
            Mme MARTIN Lise\tURPS

            ## Tour de table des participants

            - La télémédecine a beaucoup progressé pendant la crise sanitaire.
            """)
        #expect(doc.passage(containing: "Tour de table")?.role == .heading)
        #expect(doc.passage(containing: "télémédecine")?.role == .listItem)
    }

    @Test(arguments: [
        "Présents dans tous les territoires, les médecins généralistes ont assuré la continuité des soins.",
        "Participants et organisateurs ont salué la qualité des échanges sur la télémédecine.",
    ])
    func prosePhrasesAreNotCues(_ sentence: String) throws {
        let doc = try ingest(sentence + "\n")
        #expect(doc.passages.map(\.role) == [.paragraph])
    }

    @Test func htmlAttendanceTable() throws {
        let html = """
            <html><body><main><h1>Compte rendu du CTS</h1><p>La séance a porté sur les EHPAD et la télémédecine.</p>
            <p><strong>Étaient présents :</strong></p>
            <table><tr><th>Nom</th><th>Qualité</th></tr><tr><td>M. DURAND Paul</td><td>Président</td></tr>
            <tr><td>Mme MARTIN Lise</td><td>URPS</td></tr><tr><td>M. PETIT Jean</td><td>CD 31</td></tr></table>
            <h2>Débats</h2><p>Les participants ont évoqué l’attractivité des métiers du soin.</p></main></body></html>
            """
        let doc = try ingest(html, path: "cr.html")
        for name in Self.names {
            #expect(doc.passage(containing: name)?.role == .attendance)
        }
        #expect(doc.passage(containing: "attractivité")?.role == .paragraph)
    }
}
