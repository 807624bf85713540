/// Night over night: how each theme moved since a previous report.
public enum Trends {
    /// A score change under this fraction of the previous score (and no change in documents) is
    /// stable.
    public static let tolerance = 0.05

    public static func compare(previous: Report, current: Report) -> [Trend] {
        let before = Dictionary(previous.themes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let now = Dictionary(current.themes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return Set(before.keys).union(now.keys).sorted().map { id in
            let (b, n) = (before[id], now[id])
            let status: Trend.Status
            switch (b, n) {
            case (nil, _): status = .new
            case (_, nil): status = .gone
            case (let b?, let n?):
                let delta = n.score - b.score
                if n.support.documents > b.support.documents || delta > tolerance * b.score {
                    status = .rising
                } else if n.support.documents < b.support.documents || -delta > tolerance * b.score {
                    status = .falling
                } else {
                    status = .stable
                }
            }
            return Trend(
                id: id, label: (n ?? b)!.label, status: status, previousRank: b?.rank, rank: n?.rank, previousScore: b?.score,
                score: n?.score, previousDocuments: b?.support.documents, documents: n?.support.documents)
        }
    }
}
