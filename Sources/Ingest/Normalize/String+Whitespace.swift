extension StringProtocol {
    /// The string without leading and trailing white space (NBSP included).
    public var trimmingWhitespace: String {
        let scalars = Array(unicodeScalars)
        var a = 0
        var b = scalars.count
        while a < b, scalars[a].properties.isWhitespace { a += 1 }
        while b > a, scalars[b - 1].properties.isWhitespace { b -= 1 }
        return String(String.UnicodeScalarView(scalars[a..<b]))
    }
}
