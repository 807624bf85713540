/// Puts back the accent of a French suffix that Snowball's rules need, in a word written without
/// any accent ("infirmieres", "securite", "payee"), so that it stems as its accented spelling does.
///
/// Snowball's French stemmer reads `-ière`, `-ité` and `-ée` as suffixes only with their accents:
/// `infirmières` → `infirmi` but `infirmieres` → `infirmier`, `sécurité` → `secur` but `securite`
/// → `securit`. Citizens often write without accents, and a stem entry would then miss them.
/// Only words with no non-ASCII letter are touched: in an accented word an unaccented suffix is
/// what the writer meant. In French these endings, unaccented, are rare (`site`, `suite`, `limite`
/// stem alike either way).
enum UnaccentedSuffix {
    /// Unaccented ending → accented ending, longest first.
    private static let endings: [(String, String)] = [
        ("ieres", "ières"), ("iere", "ière"),
        ("ites", "ités"), ("ite", "ité"),
        ("ees", "ées"), ("ee", "ée"),
    ]

    static func restored(_ word: String) -> String {
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return word }
        for (plain, accented) in endings where word.utf8.count > plain.utf8.count + 2 && word.hasSuffix(plain) {
            return String(word.dropLast(plain.count)) + accented
        }
        return word
    }
}
