import Foundation
import Testing

@testable import Ingest

/// Consultation exports read as tables: RFC 4180 CSV as exporters write it, JSON Lines and JSON
/// arrays, the Cap Collectif shape recognised, and each row a document.
struct TableTests {
    static let q1 = "Q101 - Que faudrait-il faire pour améliorer l'accès aux soins ?"
    static let header = "id,reference,title,createdAt,publishedAt,authorId,authorType,authorZipCode,\"\(q1)\""

    @Test func quotedFieldsHoldDelimitersQuotesAndLineBreaks() {
        var records = DelimitedText(utf8: Array("a,b,c\r\n1,\"x, \"\"y\"\"\nz\",3\n\n4,5,6".utf8), delimiter: 0x2C)
        #expect(records.next()?.fields == ["a", "b", "c"])
        let second = records.next()
        #expect(second?.fields == ["1", "x, \"y\"\nz", "3"])
        #expect(second?.line == 2)
        let third = records.next()
        #expect(third?.fields == ["4", "5", "6"])
        #expect(third?.line == 5)
        #expect(records.next() == nil)
    }

    /// Lines end at LF or at a CR without one (old Mac exports), inside quotes as between records:
    /// a reported line is always one of the file's (the fuzzer found a row numbered past the end).
    @Test func aLoneCarriageReturnEndsALine() {
        var records = DelimitedText(utf8: Array("a,b\r1,\"x\ry\"\r\r2,z".utf8), delimiter: 0x2C)
        #expect(records.next()?.line == 1)
        #expect(records.next()?.fields == ["1", "x\ry"])
        let last = records.next()
        #expect(last?.fields == ["2", "z"])
        #expect(last?.line == 5)
    }

    @Test func anUnclosedQuoteCostsItsRowOnly() {
        var records = DelimitedText(utf8: Array("a,b\n1,\"open\n2,ok\n3,fine".utf8), delimiter: 0x2C)
        _ = records.next()
        let broken = records.next()
        #expect(broken?.unclosedQuote == true)
        #expect(broken?.line == 2)
        #expect(records.next()?.fields == ["2", "ok"])
        #expect(records.next()?.fields == ["3", "fine"])
    }

    @Test(arguments: [("a;b;c\n1;2;3", UInt8(0x3B)), ("a\tb\n1\t2", 0x09), ("a,b;c,d\n", 0x2C), ("\"x;y\",b,c\n", 0x2C), ("a;b,c\n", 0x2C), ("texte\nBonjour, le monde", 0x09)])
    func delimiterIsSniffedFromTheHeader(_ text: String, _ delimiter: UInt8) {
        #expect(DelimitedText.sniffDelimiter(Array(text.utf8)) == delimiter)
    }

    @Test func raggedRowsAreListedWithTheirLines() throws {
        let csv = "id,texte\n1,Bonjour\n2,Trop,de,cellules\n3\n"
        let table = try Table.read(Array(csv.utf8), format: .csv)
        #expect(table.rows.map(\.line) == [2, 4])
        #expect(table.badRows.map(\.code) == ["ragged-row", "short-row"])
        #expect(table.badRows.map(\.line) == [3, 4])
    }

    /// A header with empty or repeated cells still names every column.
    @Test func everyColumnGetsAName() throws {
        let table = try Table.read(Array("id,texte,,texte,\n1,a,b,c,d\n".utf8), format: .csv)
        #expect(table.columns == ["id", "texte", "column 3", "texte (2)", "column 5"])
        #expect(table.rows.first?.values["texte (2)"] == "c")
    }

    @Test func windows1252ExportsAreDecoded() throws {
        let bytes = Array("id;texte\n1;Acc".utf8) + [0xE8] + Array("s aux soins ".utf8) + [0xE0] + Array(" l'h".utf8) + [0xF4] + Array("pital\n".utf8)
        let table = try Table.read(bytes, format: .csv)
        #expect(table.rows.first?.values["texte"] == "Accès aux soins à l'hôpital")
        #expect(table.encoding == "windows-1252")
        // The row's document says how its table was read.
        let mapping = try #require(TableMapping.inferred(columns: table.columns))
        let row = try #require(TableRowContent(table.rows[0], mapping: mapping, table: "t.csv", encoding: (table.encoding, table.encodingSource)))
        let document = try Ingestor().ingestRow(row.canonicalBytes).document
        #expect(document.encoding == "windows-1252")
        #expect(document.encodingSource == table.encodingSource)
    }

    @Test func notATable() {
        #expect(throws: IngestFailure.self) { try Table.read([], format: .csv) }
        #expect(throws: IngestFailure.self) { try Table.read(Array("PK\u{3}\u{4}zip".utf8) + [UInt8](repeating: 0, count: 64), format: .csv) }
        #expect(throws: IngestFailure.self) { try Table.read(Array("{\"not\": \"an array\"}".utf8), format: .json) }
    }

    @Test func capCollectifRowsBecomeDocuments() throws {
        let csv = """
            \(Self.header)
            VXNlcjox,1-1,Soins,2020-06-02 10:00:00,2020-06-02 10:05:00,VXNlcjpA,Citoyen,31000,"Développer la télémédecine en EHPAD.
            Revaloriser les soignants."
            VXNlcjoy,1-2,,2020-06-03 11:00:00,2020-06-03 11:00:00,VXNlcjpB,Organisation,20167,
            """
        let table = try Table.read(Array(csv.utf8), format: .csv)
        let mapping = try #require(TableMapping.capCollectif(columns: table.columns))
        #expect(mapping.text == [Self.q1])
        #expect(mapping.exclude == ["authorId"])
        let rows = table.rows.compactMap { TableRowContent($0, mapping: mapping, table: "export.csv") }
        #expect(rows.count == 1, "the second row answers nothing")
        let result = try Ingestor().ingestRow(rows[0].canonicalBytes)
        let doc = result.document
        #expect(doc.path == "export.csv#VXNlcjox")
        #expect(doc.kind == .tableRow)
        #expect(doc.date == "2020-06-02")
        #expect(doc.region == "Occitanie")
        #expect(doc.department == "31")
        #expect(doc.title == "Soins")
        #expect(doc.passages.map(\.text) == ["Développer la télémédecine en EHPAD.", "Revaloriser les soignants."])
        #expect(doc.passages.allSatisfy { $0.section == ["Que faudrait-il faire pour améliorer l'accès aux soins ?"] })
        #expect(doc.metadata == ["reference": "1-1", "createdAt": "2020-06-02 10:00:00", "authorType": "Citoyen"])
        #expect(!String(decoding: doc.jsonBytes, as: UTF8.self).contains("VXNlcjpA"), "the author's id is never kept")
    }

    @Test func theJSONTwinGivesTheSameRows() throws {
        let csv = "\(Self.header)\nVXNlcjox,1-1,Soins,2020-06-02,2020-06-02,A,Citoyen,97400,\"Plus de médecins, vite.\"\n"
        let json = """
            [{"id": "VXNlcjox", "reference": "1-1", "title": "Soins", "createdAt": "2020-06-02", "publishedAt": "2020-06-02",
              "authorId": "A", "authorType": "Citoyen", "authorZipCode": "97400",
              "responses": [{"questionId": "101", "questionTitle": "Que faudrait-il faire pour améliorer l'accès aux soins ?",
                             "value": "Plus de médecins, vite.", "formattedValue": "Plus de médecins, vite."}]}]
            """
        func rows(_ table: Table) throws -> [TableRowContent] {
            let mapping = try #require(TableMapping.capCollectif(columns: table.columns))
            return table.rows.compactMap { TableRowContent($0, mapping: mapping, table: "t") }
        }
        let fromCSV = try rows(Table.read(Array(csv.utf8), format: .csv))
        let fromJSON = try rows(Table.read(Array(json.utf8), format: .json))
        #expect(fromCSV == fromJSON)
        #expect(fromCSV.first?.postalCode == "97400")
        let jsonl = json.replacingOccurrences(of: "\n", with: " ").dropFirst().dropLast()
        #expect(try rows(Table.read(Array(jsonl.utf8), format: .jsonl)) == fromCSV)
    }

    /// An id too long or with a line break cannot name a document as it is: its digest does.
    @Test func idsThatCannotStandInAPathAreDigested() throws {
        let csv = "id,texte\n\"a\nb\",Plus de lits.\n\(String(repeating: "x", count: 300)),Moins d'attente.\nVXNl-1 ok,Des médecins.\n"
        let table = try Table.read(Array(csv.utf8), format: .csv)
        let mapping = try #require(TableMapping.inferred(columns: table.columns))
        let ids = table.rows.compactMap { TableRowContent($0, mapping: mapping, table: "t.csv")?.row }
        #expect(ids.count == 3)
        #expect(ids[0].hasPrefix("id-") && ids[0].utf8.count == 19)
        #expect(ids[1].hasPrefix("id-") && ids[1] != ids[0])
        #expect(ids[2] == "VXNl-1 ok")
    }

    @Test(arguments: [("31000", "31", "Occitanie"), ("20167", "2A", "Corse"), ("20200", "2B", "Corse"), ("97400", "974", "La Réunion"), ("75001", "75", "Île-de-France")])
    func postalCodesGiveDepartmentAndRegion(_ code: String, _ department: String, _ region: String) {
        let place = PostalCodes.place(code)
        #expect(place?.department == department)
        #expect(place?.region == region)
    }

    @Test func aTableWithoutKnownColumnsIsNotGuessed() {
        #expect(TableMapping.inferred(columns: ["a", "b"]) == nil)
        let inferred = TableMapping.inferred(columns: ["Identifiant", "Date", "Code postal", "Contribution", "Email"])
        #expect(inferred?.text == ["Contribution"])
        #expect(inferred?.id == "Identifiant")
        #expect(inferred?.postalCode == "Code postal")
        #expect(inferred?.exclude == ["Email"])
    }
}
