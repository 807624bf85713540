import Foundation
import GRDB
import Testing

/// Consultation exports as input, through the command line: a Cap Collectif CSV and its JSON twin
/// give the same findings, bad rows and bad tables are listed while the good rows go on, a
/// configured column the table lacks stops the run before any work, and a rerun on an export where
/// one row changed redoes that row only.
struct TableInputTests {
    static let lexicons = NightlyRunTests.lexicons.path
    static let q1 = "Que faudrait-il faire pour améliorer l'accès aux soins ?"
    static let q2 = "Quelles propositions pour l'hôpital ?"
    static let answers: [(id: String, zip: String, type: String, a1: String, a2: String)] = [
        ("VXNlcjox", "31000", "Citoyen", "Développer la télémédecine dans les EHPAD, avec des infirmiers formés.\nRevaloriser les salaires des soignants.", "Investir dans les bâtiments de l'hôpital, \"vieillissants\"."),
        ("VXNlcjoy", "97400", "Organisation", "Plus de médecins de ville et une vraie coordination ville-hôpital.", ""),
        ("VXNlcjoz", "20167", "Citoyen", "La prévention dès l'école, et la télémédecine pour les territoires isolés.", "Le Ségur doit financer l'investissement hospitalier."),
    ]

    static var csv: String {
        var text = "id,reference,title,createdAt,publishedAt,authorId,authorType,authorZipCode,Q101 - \(q1),Q102 - \(q2)\r\n"
        for (i, a) in answers.enumerated() {
            func quoted(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            text += "\(a.id),1-\(i),,2020-06-0\(i + 2) 10:00:00,2020-06-0\(i + 2) 10:00:00,VXNlcjpA\(i),\(a.type),\(a.zip),\(quoted(a.a1)),\(quoted(a.a2))\r\n"
        }
        return text
    }

    static var jsonl: String {
        answers.enumerated().map { i, a in
            let object: [String: Any] = [
                "id": a.id, "reference": "1-\(i)", "title": NSNull(), "createdAt": "2020-06-0\(i + 2) 10:00:00",
                "publishedAt": "2020-06-0\(i + 2) 10:00:00", "authorId": "VXNlcjpA\(i)", "authorType": a.type, "authorZipCode": a.zip,
                "responses": [
                    ["questionId": 101, "questionTitle": q1, "value": a.a1, "formattedValue": a.a1],
                    ["questionId": 102, "questionTitle": q2, "value": a.a2.isEmpty ? NSNull() as Any : a.a2, "formattedValue": a.a2.isEmpty ? NSNull() as Any : a.a2],
                ],
            ]
            return String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }.joined(separator: "\n") + "\n"
    }

    func run(_ dir: ScratchFolder, _ input: String, _ extra: [String] = []) throws -> CLIRunner.Result {
        try CLIRunner.run(["run", "--input", dir.path(input), "--lexicons", Self.lexicons, "--out", dir.path("out-" + input), "--as-of", "2026-01-01", "-q"] + extra)
    }

    @Test func theCSVAndItsJSONTwinGiveTheSameDocumentsAndFindings() throws {
        let dir = try ScratchFolder()
        try dir.write("csv/contributions.csv", Self.csv)
        try dir.write("json/contributions.jsonl", Self.jsonl)
        for input in ["csv", "json"] {
            let r = try run(dir, input)
            #expect(r.status == 0, "\(input): \(r.stderr)")
        }
        let fromCSV = try dir.jsonLines("out-csv/documents.jsonl"), fromJSON = try dir.jsonLines("out-json/documents.jsonl")
        #expect(fromCSV.count == 3)
        // The same rows: everything but what names the file (path, id, digest).
        func content(_ d: [String: Any]) -> String {
            let kept = d.filter { !["path", "id", "sha256", "passages"].contains($0.key) }
            let passages = (d["passages"] as! [[String: Any]]).map { [$0["text"] as! String, ($0["section"] as! [String]).joined()] }
            return String(decoding: try! JSONSerialization.data(withJSONObject: [kept, passages], options: [.sortedKeys]), as: UTF8.self)
        }
        #expect(fromCSV.map(content) == fromJSON.map(content))
        let first = fromCSV[0]
        #expect(first["path"] as? String == "contributions.csv#VXNlcjox")
        #expect(first["region"] as? String == "Occitanie")
        #expect(fromCSV.map { $0["region"] as? String } == ["Occitanie", "La Réunion", "Corse"])
        #expect((first["passages"] as! [[String: Any]]).map { ($0["section"] as! [String]) } == [[Self.q1], [Self.q1], [Self.q2]])
        let documents = try String(contentsOfFile: dir.path("out-csv/documents.jsonl"), encoding: .utf8)
        #expect(!documents.contains("VXNlcjpA"), "an author's id reached the outputs")
        // Findings: the same once each document is named by its row.
        var csvFindings = try String(contentsOfFile: dir.path("out-csv/findings.json"), encoding: .utf8)
        var jsonFindings = try String(contentsOfFile: dir.path("out-json/findings.json"), encoding: .utf8)
        for (c, j) in zip(fromCSV, fromJSON) {
            jsonFindings = jsonFindings.replacingOccurrences(of: j["id"] as! String, with: c["id"] as! String)
        }
        jsonFindings = jsonFindings.replacingOccurrences(of: "contributions.jsonl#", with: "contributions.csv#")
        csvFindings = csvFindings.replacingOccurrences(of: "\"corpus_digest\" : \"[0-9a-f]+\"", with: "", options: .regularExpression)
        jsonFindings = jsonFindings.replacingOccurrences(of: "\"corpus_digest\" : \"[0-9a-f]+\"", with: "", options: .regularExpression)
        #expect(csvFindings.contains("télémédecine"))
        #expect(csvFindings == jsonFindings)
    }

    @Test func badRowsAndBadTablesAreListedAndTheRestGoesOn() throws {
        let dir = try ScratchFolder()
        let good = "id;texte;code postal\n1;La télémédecine en EHPAD doit continuer.;31000\n"
        try dir.write("in/lignes.csv", good + "2;trop;de;cellules\n3;\"une citation jamais fermée;75001\n4;Plus de lits à l'hôpital.;69001\n4;Doublon.;69001\n5;;69001\n")
        try dir.write("in/vide.csv", "")
        try dir.write("in/binaire.csv", [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34] + [UInt8](repeating: 0, count: 200))
        try dir.write("in/colonnes.csv", "a|b|c\n1|2|3\n")
        try dir.write("in/pas-un-tableau.json", "{\"texte\": \"un objet, pas un tableau\"}")
        try dir.write("in/note.txt", "Compte rendu\n\nLa prévention progresse dans la région.\n")
        let r = try run(dir, "in")
        #expect(r.status == 2, "\(r.stderr)")
        let paths = try dir.jsonLines("out-in/documents.jsonl").map { $0["path"] as! String }
        #expect(paths == ["lignes.csv#1", "lignes.csv#4", "note.txt"])
        let diagnostics = try dir.jsonLines("out-in/diagnostics.jsonl").filter { $0["code"] as? String != "no-date" }.map { "\($0["path"]!):\($0["line"] ?? "-"):\($0["code"]!)" }.sorted()
        #expect(diagnostics == [
            "binaire.csv:-:binary", "colonnes.csv:-:unmapped-table", "lignes.csv:3:ragged-row", "lignes.csv:4:unclosed-quote",
            "lignes.csv:6:duplicate-id", "lignes.csv:7:no-answer", "pas-un-tableau.json:-:parse-failed", "vide.csv:-:empty",
        ])
    }

    @Test func aConfiguredColumnTheTableLacksStopsTheRunBeforeAnyWork() throws {
        let dir = try ScratchFolder()
        try dir.write("in/export.csv", "identifiant;contribution\n1;La télémédecine en EHPAD.\n")
        try dir.write("config.yaml", "version: 1\ntables:\n  - files: \"*.csv\"\n    id: identifiant\n    text: [contribution, avis]\n")
        let r = try run(dir, "in", ["--config", dir.path("config.yaml")])
        #expect(r.status == 1)
        #expect(r.stderr.contains("export.csv") && r.stderr.contains("avis"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.path("out-in/documents.jsonl")))
        // The same table with a right entry: read as configured, and dump-config says so.
        try dir.write("config.yaml", "version: 1\ntables:\n  - files: \"*.csv\"\n    id: identifiant\n    text: [contribution]\n    delimiter: \";\"\n")
        #expect(try run(dir, "in", ["--config", dir.path("config.yaml")]).status == 0)
        #expect(try dir.jsonLines("out-in/documents.jsonl").map { $0["path"] as! String } == ["export.csv#1"])
        let dump = try CLIRunner.run(["dump-config", "--config", dir.path("config.yaml"), "--input", dir.path("in"), "--out", dir.path("o")])
        #expect(dump.stdout.contains("# configured:") && dump.stdout.contains("files: export.csv"), "\(dump.stdout)")
    }

    @Test func aRerunRedoesTheChangedRowOnly() throws {
        let dir = try ScratchFolder()
        try dir.write("in/contributions.csv", Self.csv)
        #expect(try run(dir, "in").status == 0)
        try dir.write("in/contributions.csv", Self.csv.replacingOccurrences(of: "La prévention dès l'école", with: "La prévention au travail"))
        #expect(try run(dir, "in").status == 0)
        let db = try DatabaseQueue(path: dir.path("out-in/state.sqlite"))
        let runs = try db.read { db in
            try Row.fetchAll(db, sql: "SELECT path, ingested_run FROM documents ORDER BY path").map { ($0[0] as String, $0[1] as Int) }
        }
        #expect(runs.map(\.0) == ["contributions.csv#VXNlcjox", "contributions.csv#VXNlcjoy", "contributions.csv#VXNlcjoz"])
        #expect(runs.map(\.1) == [1, 1, 2])
    }

    /// The same text sent by several contributions is a campaign: reported with its count, and
    /// counted once in the ranking.
    @Test func copiedContributionsAreReportedAsACampaign() throws {
        let dir = try ScratchFolder()
        let copied = "Nous demandons la revalorisation des salaires des soignants et la télémédecine dans chaque EHPAD du département."
        var csv = "id;contribution;code postal\n"
        for i in 1...4 { csv += "c\(i);\(copied);31000\n" }
        csv += "d1;La prévention doit commencer dès l'école primaire, avec des infirmières scolaires.;69001\n"
        try dir.write("in/consultation.csv", csv)
        #expect(try run(dir, "in").status == 0)
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir.path("out-in/findings.json")))) as! [String: Any]
        let campaigns = try #require(report["campaigns"] as? [[String: Any]])
        #expect(campaigns.count == 1)
        #expect(campaigns.first?["contributions"] as? Int == 4)
        #expect(campaigns.first?["path"] as? String == "consultation.csv#c1")
        #expect((campaigns.first?["excerpt"] as? String)?.hasPrefix("Nous demandons la revalorisation") == true)
        let counts = (report["run"] as! [String: Any])["counts"] as! [String: Any]
        #expect(counts["duplicates"] as? Int == 3)
        let markdown = try String(contentsOfFile: dir.path("out-in/report.md"), encoding: .utf8)
        #expect(markdown.contains("- 4 contributions : « Nous demandons"))
    }

    /// Themes counted by any column: a metadata column, the question, the department.
    @Test func themesAreCountedByTheColumnsAskedFor() throws {
        let dir = try ScratchFolder()
        try dir.write("in/contributions.csv", Self.csv)
        let r = try run(dir, "in", ["--group-by", "authorType", "--group-by", "question", "--group-by", "department", "--group-by", "authorType"])
        #expect(r.status == 0, "\(r.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir.path("out-in/findings.json")))) as! [String: Any]
        let tables = try #require(report["themes_by"] as? [String: [String: Any]])
        #expect(tables.keys.sorted() == ["authorType", "department", "question"])
        #expect(tables["authorType"]?["columns"] as? [String] == ["Citoyen", "Organisation"])
        #expect(tables["question"]?["columns"] as? [String] == [Self.q1, Self.q2].sorted())
        #expect(tables["department"]?["columns"] as? [String] == ["2A", "31", "974"])
        // Each cell counts documents: no cell exceeds the rows that have that value.
        let cells = try #require(tables["authorType"]?["cells"] as? [[Int]])
        #expect(cells.allSatisfy { $0[0] <= 2 && $0[1] <= 1 } && cells.contains { $0[0] > 0 })
        let markdown = try String(contentsOfFile: dir.path("out-in/report.md"), encoding: .utf8)
        #expect(markdown.contains("## Thèmes par authorType (documents)"))
        let html = try String(contentsOfFile: dir.path("out-in/report.html"), encoding: .utf8)
        #expect(html.contains("Thèmes par question (documents)"))
    }
}
