import Testing

@testable import Ingest

struct FrenchDatesTests {
    @Test(arguments: [
        ("Date : 28 mai 2020", "2020-05-28"),
        ("**Date : 28 mai 2020**", "2020-05-28"),
        ("Par 12/06/2020 - 10:00", "2020-06-12"),
        ("Publié le 1er juin 2020", "2020-06-01"),
        ("lundi 8 juin 2020 à 14h", "2020-06-08"),
        ("Le 3 sept. 2020", "2020-09-03"),
        ("le 12 août 2020", "2020-08-12"),
        ("5 DÉCEMBRE 2020", "2020-12-05"),
        ("2020-06-12T10:00:00+02:00", "2020-06-12"),
        ("12.06.20", "2020-06-12"),
        ("Séance du 29 février 2020", "2020-02-29"),
        ("Relevé de conclusions du 15 juin 2020", "2020-06-15"),
    ])
    func finds(_ text: String, _ iso: String) {
        #expect(FrenchDates.first(in: text)?.description == iso)
    }

    @Test(arguments: [
        "le 25 mai",  // no year
        "Le 09/06 à 10h30",  // no year
        "le 31 juin 2020",  // no such day
        "29 février 2021",  // not a leap year
        "13/13/2020",  // no such month
        "n°12 mai 20201",  // five-digit year
        "Pilier n°1 : Transformer les métiers",
    ])
    func rejects(_ text: String) {
        #expect(FrenchDates.first(in: text) == nil)
    }

    @Test func findsAllInOrder() {
        let all = FrenchDates.all(in: "du 1er juin 2020 au 20/06/2020, puis le 3 juillet 2020")
        #expect(all.map(\.description) == ["2020-06-01", "2020-06-20", "2020-07-03"])
    }

    /// `first(in:)` skips texts without an ASCII digit, unfolded: that is exact only if folding
    /// makes no ASCII digit out of any other scalar. Every scalar is folded, in chunks.
    @Test func foldingMakesNoDigitOutOfAnotherScalar() {
        var chunk = String.UnicodeScalarView()
        func check() {
            let folded = MatchFolding.fold(String(chunk))
            #expect(!folded.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }, "a digit out of \(chunk.first!.value)…")
            chunk = String.UnicodeScalarView()
        }
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), !("0"..."9").contains(scalar) else { continue }
            chunk.append(scalar)
            if chunk.count == 4096 { check() }
        }
        check()
    }

    @Test func aTextWithoutADigitIsNotScanned() {
        #expect(!FrenchDates.mayHoldDate("le vingt-huit mai deux mille vingt"))
        #expect(FrenchDates.mayHoldDate("le 28 mai 2020"))
        #expect(FrenchDates.first(in: "Vingt-huit mai : réunion") == nil)
    }
}
