/// Runs the `#match:` and `#nomatch:` sentences of every category.
public enum ExampleCheck {
    public struct Failure: Sendable, Hashable, CustomStringConvertible {
        public var example: LexiconExample
        public var category: String
        public var kind: CategoryKind

        public var description: String {
            let expectation = example.shouldMatch ? "should fire" : "should not fire"
            return "\(example.location): \(kind.rawValue) \(category) \(expectation) on \"\(example.sentence)\""
        }
    }

    public static func run(_ classifier: Classifier) -> [Failure] {
        var failures: [Failure] = []
        for category in classifier.matcher.lexicon.lexicon.categories {
            for example in category.examples {
                let result = classifier.classify(example.sentence)
                let scores = category.kind == .pillar ? result.pillars : result.themes
                if (scores[category.id] != nil) != example.shouldMatch {
                    failures.append(Failure(example: example, category: category.id, kind: category.kind))
                }
            }
        }
        return failures
    }
}
