import PropertyBased
import Testing

@testable import Ingest

/// Class and id values are judged on bytes in one pass; they must be judged as the plain rule
/// on strings says (split into tokens, a listed token or a "nav" prefix or suffix, or a listed
/// fragment anywhere; an id only when it has at most three tokens).
struct BoilerplateElementsTests {
    static func reference(_ value: String, maxTokens: Int = .max) -> Bool {
        let isAlphanumeric = { (c: Character) in c.isASCII ? (c.isLetter || c.isNumber) : true }
        let tokens = value.split(whereSeparator: { !isAlphanumeric($0) }).map(String.init)
        guard !value.isEmpty, tokens.count <= maxTokens else { return false }
        if BoilerplateElements.fragments.contains(where: { value.contains($0) }) { return true }
        return tokens.contains { BoilerplateElements.tokens.contains($0) || $0.hasPrefix("nav") || $0.hasSuffix("nav") }
    }

    /// Pieces of class and id values: furniture words and fragments, near misses, separators,
    /// and precomposed accented letters (no combining marks: "nav" + U+0301 is "nav" to the
    /// byte rule, not to Character comparison).
    static let values = Gen.int(in: 0..<24).map { n -> String in
        ["menu", "nav", "sidenav", "navbox", "na", "av", "-", "_", " ", "share", "lire-aussi", "a-lire", "tag", "tags",
         "toc", "footer", "main", "content", "é", "article", "2", "breadcrumb", "x", "cookie"][n]
    }.array(of: 0...6).map { $0.joined() }

    @Test func bytesJudgeAsTheStringRule() async {
        await propertyCheck(count: 3000, input: Self.values) { value in
            let bytes = Array(value.utf8)
            #expect(BoilerplateElements.namesFurniture(bytes) == Self.reference(value), "class \(value)")
            #expect(
                BoilerplateElements.namesFurniture(bytes, maxTokens: BoilerplateElements.maxIdTokens)
                    == Self.reference(value, maxTokens: BoilerplateElements.maxIdTokens), "id \(value)")
        }
    }

    /// One memo across many values (repeats, growth of its table): every answer is the rule's.
    @Test func aMemoAnswersAsTheRule() async {
        await propertyCheck(count: 200, input: Self.values.array(of: 0...120)) { values in
            var memo = BoilerplateElements.Memo()
            for value in values {
                let bytes = Array(value.utf8)
                let judged = bytes.withUnsafeBufferPointer {
                    memo.judge($0) { BoilerplateElements.namesFurniture($0) ? .furniture : [] }.contains(.furniture)
                }
                #expect(judged == BoilerplateElements.namesFurniture(bytes), "\(value)")
            }
        }
    }

    /// A date token as a whole token only: `post-date`, not `update-button`.
    @Test(arguments: [
        ("entry-date", true), ("post-date published", true), ("Meta__DateTime", true), ("dateline", true),
        ("update-button", false), ("validate", false), ("candidate-list", false), ("", false),
    ])
    func classesNamingADate(_ value: String, _ date: Bool) {
        var memo = BoilerplateElements.Memo()
        let bytes = Array(value.utf8)
        let judged = bytes.withUnsafeBufferPointer { memo.judge($0, BoilerplateElements.classNames).contains(.date) }
        #expect(judged == date, "\(value)")
    }

    @Test(arguments: [
        ("site-footer", true), ("main-menu", true), ("docnav", true), ("navlinks", true), ("a-lire-aussi", true),
        ("overview-of-debian-maintainer-tools", false), ("content", false), ("canvas", false), ("", false),
    ])
    func knownValues(_ value: String, _ furniture: Bool) {
        #expect(BoilerplateElements.namesFurniture(Array(value.utf8), maxTokens: BoilerplateElements.maxIdTokens) == furniture)
    }
}
