/// A French postal code's department and region: the first two digits name the metropolitan
/// department (20 is Corsica: 200-201 Corse-du-Sud, 202-206 Haute-Corse), the first three an
/// overseas one (971-976).
enum PostalCodes {
    static func place(_ code: String) -> (department: String, region: String)? {
        let digits = code.trimmingWhitespace
        guard digits.utf8.count == 5, digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        let prefix2 = String(digits.prefix(2)), prefix3 = String(digits.prefix(3))
        if prefix2 == "97" {
            guard let region = Regions.all.first(where: { $0.code == prefix3 }) else { return nil }
            return (prefix3, region.name)
        }
        let department = prefix2 == "20" ? (Int(prefix3)! <= 201 ? "2A" : "2B") : prefix2
        guard let d = byCode[department] else { return nil }
        return (d.code, d.region)
    }

    private static let byCode = Dictionary(uniqueKeysWithValues: Departments.all.map { ($0.code, $0) })
}
