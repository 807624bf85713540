import Ingest

extension ClassifiedPassage: JSONLineWritable {
    public func writeJSON(to out: inout JSONOutput) {
        out.raw("{\"document\":")
        out.string(document)
        out.raw(",\"matches\":")
        out.array(matches)
        out.raw(",\"passage\":")
        out.string(passage)
        out.raw(",\"pillars\":")
        out.dictionary(pillars)
        out.raw(",\"themes\":")
        out.dictionary(themes)
        out.raw(",\"tokens\":")
        out.int(tokens)
        out.raw("}")
    }
}

extension CategoryScore: JSONLineWritable {
    public func writeJSON(to out: inout JSONOutput) {
        out.raw("{\"hits\":")
        out.int(hits)
        out.raw(",\"score\":")
        out.double(score)
        out.raw("}")
    }
}

extension LexiconMatch: JSONLineWritable {
    public func writeJSON(to out: inout JSONOutput) {
        out.raw("{\"category\":")
        out.string(category)
        out.raw(",\"end\":")
        out.int(end)
        out.raw(",\"entry\":")
        out.string(entry)
        out.raw(",\"kind\":")
        out.string(kind.rawValue)
        out.raw(",\"mode\":")
        out.string(mode.rawValue)
        out.raw(",\"start\":")
        out.int(start)
        out.raw(",\"weight\":")
        out.double(weight)
        out.raw(",\"words\":")
        out.int(words)
        out.raw("}")
    }
}
