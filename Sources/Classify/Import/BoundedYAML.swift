import Yams

/// YAML read with a bound on what its aliases expand to.
///
/// An alias repeats its anchor's node wherever it stands, so ten nested levels of ten aliases are
/// a few hundred bytes that stand for ten billion nodes ("billion laughs"): turned into values,
/// they exhaust any memory. The document is composed first (aliases stay shared there, so this is
/// linear in its size), its expanded size counted with a stop at ``maxNodes``, and only then
/// turned into values.
public enum BoundedYAML {
    public static let maxNodes = 1_000_000

    public struct TooLarge: Error, CustomStringConvertible {
        public var description: String {
            "the YAML expands to more than \(BoundedYAML.maxNodes) nodes once its aliases are repeated (aliases nested in aliases?)"
        }
    }

    /// - Throws: Yams' own error for text that is not YAML, ``TooLarge`` past the bound.
    public static func load(_ text: String, maxNodes: Int = maxNodes) throws -> Any? {
        guard let root = try Yams.compose(yaml: text) else { return nil }
        var budget = maxNodes
        guard count(root, &budget) else { throw TooLarge() }
        return try Yams.load(yaml: text)
    }

    /// Counts `node` and what it holds against `budget`; false as soon as it runs out.
    private static func count(_ node: Node, _ budget: inout Int) -> Bool {
        budget -= 1
        guard budget >= 0 else { return false }
        switch node {
        case .scalar: return true
        case .sequence(let items):
            for item in items where !count(item, &budget) { return false }
            return true
        case .mapping(let pairs):
            for (key, value) in pairs where !count(key, &budget) || !count(value, &budget) { return false }
            return true
        }
    }
}
