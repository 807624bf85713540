/// A calendar date without time or zone.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Returns nil for dates that do not exist (31 June, 29 February 2021) or years outside 1900-2199.
    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2199).contains(year), (1...12).contains(month), day >= 1,
            day <= CalendarDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// Finds dates written the French way: "28 mai 2020", "1er juin 2020", "lundi 8 juin 2020",
/// "12/06/2020", "12.06.20", "2020-06-12", "12 juin 2020 à 10h".
public enum FrenchDates {
    static let months: [String: Int] = [
        "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4, "avr": 4,
        "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9, "sept": 9,
        "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "decembre": 12, "dec": 12,
    ]

    /// The first valid date in `text`, scanning left to right.
    public static func first(in text: some StringProtocol) -> CalendarDate? {
        var scanner = dateScanner(over: text)
        return scanner.next()
    }

    /// A scanner over the folded text; over nothing when the text cannot hold a date.
    private static func dateScanner(over text: some StringProtocol) -> DateScanner {
        DateScanner(mayHoldDate(text) ? Array(MatchFolding.fold(text).unicodeScalars) : [])
    }

    /// Whether `text` has an ASCII digit, which every date shape starts with. Folding turns no
    /// other scalar into one (checked over every scalar by a test), so a text without one holds
    /// no date and is neither folded nor scanned: most blocks asked are such.
    static func mayHoldDate(_ text: some StringProtocol) -> Bool {
        func hasDigit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            for b in bytes where b &- 0x30 < 10 { return true }
            return false
        }
        return text.utf8.withContiguousStorageIfAvailable(hasDigit) ?? text.utf8.contains { $0 &- 0x30 < 10 }
    }

    /// Every valid date in `text`, in order.
    public static func all(in text: some StringProtocol) -> [CalendarDate] {
        var scanner = dateScanner(over: text)
        var dates: [CalendarDate] = []
        while let d = scanner.next() { dates.append(d) }
        return dates
    }
}

/// A cursor over folded scalars that recognises the three date shapes at word starts.
private struct DateScanner {
    let s: [Unicode.Scalar]
    var i = 0

    init(_ s: [Unicode.Scalar]) { self.s = s }

    mutating func next() -> CalendarDate? {
        while i < s.count {
            let start = i
            let atWordStart = start == 0 || !isAlnum(s[start - 1])
            if atWordStart, isDigit(s[start]) {
                if let (date, end) = numeric(at: start) ?? written(at: start) {
                    i = end
                    return date
                }
            }
            i += 1
        }
        return nil
    }

    private func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
    private func isAlnum(_ c: Unicode.Scalar) -> Bool { isDigit(c) || isAlphabetic(c) }

    /// ASCII answered without Unicode's property tables (most of every text).
    private func isAlphabetic(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (0x41...0x5A).contains(c.value) || (0x61...0x7A).contains(c.value) : c.properties.isAlphabetic
    }

    /// Reads 1 to `max` digits at `j`.
    private func number(at j: Int, max: Int) -> (Int, Int)? {
        var k = j
        var value = 0
        while k < s.count, k - j < max, isDigit(s[k]) {
            value = value * 10 + Int(s[k].value - 48)
            k += 1
        }
        guard k > j, k == s.count || !isDigit(s[k]) else { return nil }
        return (value, k)
    }

    /// `dd/mm/yyyy`, `dd.mm.yy`, `dd-mm-yyyy` or `yyyy-mm-dd`.
    private func numeric(at j: Int) -> (CalendarDate, Int)? {
        if let (y, k) = number(at: j, max: 4), k - j == 4, k < s.count, s[k] == "-",
            let (m, k2) = number(at: k + 1, max: 2), k2 < s.count, s[k2] == "-",
            let (d, k3) = number(at: k2 + 1, max: 2), let date = CalendarDate(year: y, month: m, day: d)
        {
            return (date, k3)
        }
        guard let (d, k) = number(at: j, max: 2), k < s.count, ["/", ".", "-"].contains(s[k]) else { return nil }
        let sep = s[k]
        guard let (m, k2) = number(at: k + 1, max: 2), k2 < s.count, s[k2] == sep,
            let (y, k3) = number(at: k2 + 1, max: 4), k3 - (k2 + 1) == 2 || k3 - (k2 + 1) == 4,
            let date = CalendarDate(year: y < 100 ? 2000 + y : y, month: m, day: d)
        else { return nil }
        return (date, k3)
    }

    /// `28 mai 2020`, `1er juin 2020`, `3 sept. 2020`.
    private func written(at j: Int) -> (CalendarDate, Int)? {
        guard let (d, afterDay) = number(at: j, max: 2) else { return nil }
        var k = afterDay
        if k + 1 < s.count, s[k] == "e", s[k + 1] == "r" { k += 2 }
        guard k < s.count, s[k] == " " else { return nil }
        k += 1
        let wordStart = k
        while k < s.count, isAlphabetic(s[k]) { k += 1 }
        let word = String(String.UnicodeScalarView(s[wordStart..<k]))
        guard let month = FrenchDates.months[word] else { return nil }
        if k < s.count, s[k] == "." { k += 1 }
        guard k < s.count, s[k] == " " else { return nil }
        guard let (y, k2) = number(at: k + 1, max: 4), k2 - (k + 1) == 4,
            let date = CalendarDate(year: y, month: month, day: d)
        else { return nil }
        return (date, k2)
    }
}
