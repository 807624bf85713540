import Classify
import Ingest

/// What the aggregation reads of one document that depends on that document alone: its
/// near-duplicate signature, the stances of its passages that score, and the names its
/// attendance lists give. Computed where the document is classified (in parallel workers, say),
/// so that the aggregation after them, on one thread, does not; the aggregation computes the
/// facts of any document it is not given them for, with the same functions.
public struct DocumentFacts: Sendable {
    public var signature: [UInt64]
    /// The stance of each passage that scores on some category and has one, by passage id.
    public var stances: [String: Stance]
    /// The capitalised words of the attendance lists (``PersonalDataMasker/names(fromAttendance:)``).
    public var attendanceNames: Set<String>

    /// - Parameters:
    ///   - classified: the document's classified passages.
    ///   - wordHashes: the folded words of its scorable passages, as the classifier read them
    ///     (``Classifier/classify(_:wordHashes:)``); their signature is the document's.
    ///   - passageWords: ``IngestResult/passageWords`` when the document was just ingested: the
    ///     stance cues are then looked for in them rather than in the passages' texts.
    public init(document: Document, classified: [ClassifiedPassage], wordHashes: [UInt64], passageWords: [[UInt64]]? = nil) {
        signature = NearDuplicates.signature(wordHashes: wordHashes)
        attendanceNames = PersonalDataMasker.names(fromAttendance: document.passages)
        var scoring = Set<String>()
        for passage in classified where !passage.themes.isEmpty || !passage.pillars.isEmpty { scoring.insert(passage.passage) }
        var reader = Stance.Reader()
        stances = Self.stances(of: document, among: scoring, words: passageWords, reader: &reader)
    }

    /// The stances of the passages of `document` whose ids are in `ids`, their cues looked for in
    /// `words` (one list of word hashes per passage, ``IngestResult/passageWords``) when given and
    /// of the document's passage count, else in the passages' texts.
    static func stances(
        of document: Document, among ids: Set<String>, words: [[UInt64]]? = nil, reader: inout Stance.Reader
    ) -> [String: Stance] {
        let words = words?.count == document.passages.count ? words : nil
        var out: [String: Stance] = [:]
        for (i, p) in document.passages.enumerated() where ids.contains(p.id) {
            let stance = if let words { reader.stance(section: p.section, words: words[i]) } else { reader.stance(section: p.section, text: p.text) }
            if let stance { out[p.id] = stance }
        }
        return out
    }
}
