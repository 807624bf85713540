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
                if fires(category, on: example.sentence, classifier) != example.shouldMatch {
                    failures.append(Failure(example: example, category: category.id, kind: category.kind))
                }
            }
        }
        return failures
    }

    private static func fires(_ category: LexiconCategory, on sentence: String, _ classifier: Classifier) -> Bool {
        switch category.kind {
        case .pillar: return classifier.classify(sentence).pillars[category.id] != nil
        case .theme: return classifier.classify(sentence).themes[category.id] != nil
        case .domain:
            let domains = classifier.matcher.lexicon.domains
            return classifier.domains(in: sentence).contains { domains[$0] == category.id }
        }
    }
}
