import Testing

@testable import Ingest

struct MetadataInferenceTests {
    @Test func htmlHeadMetadataComesFirst() throws {
        let html = """
            <html><head><title>Titre long | ARS Bretagne</title><meta property="og:title" content="Titre OG">
            <meta property="article:published_time" content="2020-06-03T09:30:00+02:00">
            <link rel="canonical" href="https://www.bretagne.ars.sante.fr/actu"></head>
            <body><main><p>Publié le 1er juillet 2020. Le CTS du Finistère a débattu de la télémédecine.</p></main></body></html>
            """
        let doc = try ingest(html, path: "p.html")
        #expect(doc.title == "Titre OG")
        #expect(doc.date == "2020-06-03")
        #expect(doc.organisation == "ARS Bretagne")
        #expect(doc.region == "Bretagne")
    }

    @Test func h1BeatsHeadTitles() throws {
        let doc = try ingest("<html><head><title>Autre | Site</title></head><body><main><h1>Le vrai titre</h1><p>Texte.</p></main></body></html>", path: "p.html")
        #expect(doc.title == "Le vrai titre")
    }

    @Test func timeElementGivesTheDate() throws {
        let doc = try ingest("<html><body><article><h1>T</h1><time datetime=\"2020-06-12\">12 juin</time><p>Texte du 3 mai 2021.</p></article></body></html>", path: "p.html")
        #expect(doc.date == "2020-06-12")
    }

    @Test(arguments: [
        ("Compte rendu de la réunion du CTS de la Haute-Garonne\n\nLe CTS s'est réuni le 11 juin 2020 pour débattre.\n", "CTS Haute-Garonne", "Occitanie"),
        ("Synthèse de la CRSA\n\nLa CRSA Occitanie a rendu sa contribution le 20 juin 2020. La CRSA remercie les participants.\n", "CRSA Occitanie", "Occitanie"),
        ("Actualité\n\nContact : ars971-segur@ars.sante.fr. La CSA et le CTS ont lancé la consultation.\n", "ARS Guadeloupe", "Guadeloupe"),
        ("Note\n\nLa réunion du 3 juin 2020 a rassemblé les soignants.\n", nil, nil),
        // Passing mentions in an unrelated text are not metadata.
        ("Configurer le clavier\n\nChoisissez la disposition Bretagne, puis le mode CTS du pilote.\n", nil, nil),
        ("Manuel\n\nLe plus grand est le premier ; la CSA du fichier reste vide.\n", nil, nil),
        // One long-form name, or an acronym with its region, is enough.
        ("Actualité\n\nL’agence régionale de santé des Hauts-de-France a consulté les CPTS.\n", "ARS Hauts-de-France", "Hauts-de-France"),
        ("Synthèse\n\nPublié par l'ARS Grand Est après la consultation en ligne.\n", "ARS Grand Est", "Grand Est"),
    ] as [(String, String?, String?)])
    func organisationAndRegion(_ text: String, _ organisation: String?, _ region: String?) throws {
        let doc = try ingest(text)
        #expect(doc.organisation == organisation)
        #expect(doc.region == region)
    }

    @Test func attendanceNeverFeedsMetadata() throws {
        let text = "Note de synthèse\n\nLe 3 juin 2020, la séance a porté sur la télémédecine.\n\nEtaient présents :\n\nM. DURAND Paul\tPrésident du CTS de la Gironde\nMme MARTIN Lise\tARS Nouvelle-Aquitaine\n"
        let doc = try ingest(text)
        #expect(doc.region == nil)
        #expect(doc.organisation == nil || doc.organisation == "CTS")
        #expect(doc.title == "Note de synthèse")
    }

    @Test func titleFallsBackToTheFirstSentence() throws {
        let long = "Le 25 mai le ministre a donné le coup d'envoi de la concertation nationale auprès de trois cents acteurs du monde de la santé, venus de toutes les régions. Une seconde phrase suit."
        let doc = try ingest("Date : 28 mai 2020\n\n" + long + "\n")
        #expect(doc.title?.hasSuffix("…") == true)
        #expect(doc.title!.count <= MetadataInference.maxTitle + 1)
        #expect(doc.date == "2020-05-28")
    }
}
