import Foundation

/// `run-manifest.json`: what one run read, with what, what became of each input, and how long each
/// stage took. The only output that carries wall-clock durations; the reports carry none.
struct RunManifest: Encodable {
    struct Input: Encodable {
        var path: String
        var sha256: String?
        var status: String
        var reason: String?
    }

    var run: Int
    var toolVersion: String
    var libxml2Version: String
    var lexiconDigest: String
    var corpusDigest: String
    var asOf: String?
    var settings: RunSettings
    var counts: [String: Int]
    var stageSeconds: [String: Double]
    var inputs: [Input]

    enum CodingKeys: String, CodingKey {
        case run
        case toolVersion = "tool_version"
        case libxml2Version = "libxml2_version"
        case lexiconDigest = "lexicon_digest"
        case corpusDigest = "corpus_digest"
        case asOf = "as_of"
        case settings, counts
        case stageSeconds = "stage_seconds"
        case inputs
    }
}

/// Wall time per stage, read by the CLI only (the libraries never read a clock).
struct StageClock {
    private var last = ContinuousClock.now
    private(set) var seconds: [String: Double] = [:]

    mutating func mark(_ stage: String) {
        let now = ContinuousClock.now
        seconds[stage] = ((now - last).seconds * 1000).rounded() / 1000
        last = now
    }
}

extension Duration {
    var seconds: Double {
        let c = components
        return Double(c.seconds) + Double(c.attoseconds) / 1e18
    }
}
