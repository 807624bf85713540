import Foundation

/// Dunning's log-likelihood (G²) for a 2 × 2 table: how surprising it is that a theme has `a` hits
/// in a group of `c` tokens when it has `b` hits in the other `d` tokens of the corpus.
///
/// E₁ = c(a+b)/(c+d), E₂ = d(a+b)/(c+d), G² = 2 (a ln(a/E₁) + b ln(b/E₂)), terms with a zero count
/// being 0. Above 3.84 the difference is significant at p < 0.05 (one degree of freedom).
public enum Keyness {
    public static let significant = 3.84

    public static func g2(a: Int, b: Int, c: Int, d: Int) -> (g2: Double, expected: Double) {
        guard c > 0, d > 0, a + b > 0 else { return (0, 0) }
        let total = Double(c + d)
        let e1 = Double(c) * Double(a + b) / total
        let e2 = Double(d) * Double(a + b) / total
        func term(_ o: Int, _ e: Double) -> Double { o == 0 ? 0 : Double(o) * log(Double(o) / e) }
        return (2 * (term(a, e1) + term(b, e2)), e1)
    }
}
