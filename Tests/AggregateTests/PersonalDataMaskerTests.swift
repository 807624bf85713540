import Testing

@testable import Aggregate
@testable import Ingest

struct PersonalDataMaskerTests {
    @Test(arguments: [
        ("Selon M. Jean-Paul ABADIE, la télémédecine progresse.", "Selon [personne], la télémédecine progresse."),
        ("Mme Marie-Pierre BATTESTI et Dr MARTY Éric ont présenté.", "[personne] et [personne] ont présenté."),
        ("Le Pr Alain de La Roche a conclu.", "Le [personne] a conclu."),
        ("Écrire à jp.abadie@example.org ou ars971-segur@ars.sante.fr.", "Écrire à [courriel] ou [courriel]."),
        ("Appeler le 05 61 00 00 00, le 0561000000 ou le +33 5 61 00 00 00.", "Appeler le [téléphone], le [téléphone] ou le [téléphone]."),
        ("Les EHPAD de la région et le CHU de Toulouse.", "Les EHPAD de la région et le CHU de Toulouse."),
        ("Le 09/06 à 10h30, 46 réponses sur 2020.", "Le 09/06 à 10h30, 46 réponses sur 2020."),
        ("Marseille, le 5 juin 2020 : 300 EHPAD.", "Marseille, le 5 juin 2020 : 300 EHPAD."),
        // NIR, with or without its key, grouped or not, Corsican départements included.
        ("Son numéro 1 85 05 78 006 084 36 figure au dossier.", "Son numéro [numéro de sécurité sociale] figure au dossier."),
        ("NIR : 285052A006084 (sans clé).", "NIR : [numéro de sécurité sociale] (sans clé)."),
        ("Assuré 2-91-12-33-512-047-81, hospitalisé.", "Assuré [numéro de sécurité sociale], hospitalisé."),
        // Not NIRs: amounts, years, a month 00, a code glued to letters.
        ("Un plan de 1 500 000 000 000 euros et 19 000 postes.", "Un plan de 1 500 000 000 000 euros et 19 000 postes."),
        ("Réf. X1850578006084 du dossier.", "Réf. X1850578006084 du dossier."),
        // IBAN: masked when the ISO 13616 check holds, not otherwise.
        ("Virement sur FR76 3000 6000 0112 3456 7890 189 ou GB82WEST12345698765432.", "Virement sur [IBAN] ou [IBAN]."),
        ("Code FR76 3000 6000 0112 3456 7890 188 erroné.", "Code FR76 3000 6000 0112 3456 7890 188 erroné."),
    ])
    func masks(_ text: String, _ expected: String) {
        #expect(PersonalDataMasker().mask(text) == expected)
    }

    @Test func namesFromAttendanceListsAreMaskedElsewhere() throws {
        let doc = try Ingestor().ingest(Array("""
            Compte rendu

            SCHMITT a rappelé l'importance de la télémédecine, avec Laurent et la CRSA.

            Etaient présents :

            NOMS\tQUALITE
            M. SCHMITT Laurent\tPrésident de la CRSA
            Mme DE ALMEIDA-LOUBIERE Elvire\tPrésidente du CTS

            ### Personnes présentes au titre de l'ARS :

            - M. Pierre RICORDEAU, Directeur Général Adjoint
            """.utf8), source: SourceInfo(relativePath: "cr.txt")).document
        let names = PersonalDataMasker.names(fromAttendance: doc.passages)
        #expect(names.isSuperset(of: ["SCHMITT", "Laurent", "DE", "ALMEIDA-LOUBIERE", "Elvire", "Pierre", "RICORDEAU"]))
        #expect(names.isDisjoint(with: ["NOMS", "QUALITE", "M.", "Mme", "CRSA", "CTS", "Président"]))
        let masked = PersonalDataMasker(names: names).mask("SCHMITT a rappelé l'importance de la télémédecine, avec Laurent et la CRSA.")
        #expect(masked == "[personne] a rappelé l'importance de la télémédecine, avec [personne] et la CRSA.")
    }
}
