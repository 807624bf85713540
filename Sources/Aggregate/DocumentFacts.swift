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
        if let passageWords, passageWords.count == document.passages.count {
            var out: [String: Stance] = [:]
            for (p, words) in zip(document.passages, passageWords) where scoring.contains(p.id) {
                if let stance = reader.stance(section: p.section, words: words) { out[p.id] = stance }
            }
            stances = out
        } else {
            stances = Self.stances(of: document, among: scoring, reader: &reader)
        }
    }

    /// The stances of the passages of `document` whose ids are in `ids`.
    static func stances(of document: Document, among ids: Set<String>, reader: inout Stance.Reader) -> [String: Stance] {
        var out: [String: Stance] = [:]
        for p in document.passages where ids.contains(p.id) {
            if let stance = reader.stance(section: p.section, text: p.text) { out[p.id] = stance }
        }
        return out
    }
}
