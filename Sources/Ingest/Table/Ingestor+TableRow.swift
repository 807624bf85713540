import Foundation
import Crypto
import Logging

extension Ingestor {
    /// One table row's document: each answer a passage (one per paragraph) whose section is its
    /// question, the date from the date cell, the department and region from the postal code, the
    /// other cells as ``Document/metadata``. Answers are citizens' own words: no boilerplate rule
    /// runs on them (a contribution that says "Partager" is not a share button).
    ///
    /// - Parameter bytes: ``TableRowContent/canonicalBytes``.
    /// - Throws: ``IngestFailure`` when the bytes are not a row or hold no text.
    public func ingestRow(_ bytes: [UInt8], sha256: String? = nil, logger: Logger = Logger(label: "segur.ingest")) throws(IngestFailure) -> IngestResult {
        guard let row = try? JSONDecoder().decode(TableRowContent.self, from: Data(bytes)) else {
            throw IngestFailure(.parseFailed, "not a table row")
        }
        let source = SourceInfo(relativePath: row.documentPath)
        var blocks: [AssembledBlock] = []
        for answer in row.answers {
            let section = [answer.question]
            for paragraph in Self.paragraphs(answer.text) {
                let block = Block(kind: .paragraph, text: paragraph, length: paragraph.scalarCount)
                blocks.append(AssembledBlock(role: .paragraph, section: section, block: block, words: BlockWords(paragraph).hashes))
            }
        }
        guard !blocks.isEmpty else { throw IngestFailure(.noContent, "the row holds no answer") }
        let documentID = source.documentID
        let (text, passages) = TextLayout.joined(blocks: blocks, documentID: documentID)
        let date = row.date.flatMap { FrenchDates.first(in: $0) }
        let place = row.postalCode.flatMap(PostalCodes.place)
        var warnings: [IngestWarning] = []
        if date == nil { warnings.append(IngestWarning(code: "no-date", message: "no date in the row's date column")) }
        let document = Document(
            id: documentID, path: row.documentPath, sha256: sha256 ?? SHA256.hexDigest(of: bytes), kind: .tableRow,
            encoding: row.encoding, encodingSource: row.encodingSource, title: row.title.map { DisplaySafe.text($0) }, date: date?.description,
            organisation: nil, region: place?.region, text: text, passages: passages, department: place?.department,
            metadata: row.metadata)
        logger.debug("ingested row", metadata: ["path": "\(row.documentPath)", "passages": "\(passages.count)"])
        return IngestResult(document: document, warnings: warnings, passageWords: blocks.map(\.words))
    }

    /// The paragraphs of an answer: its lines, blank lines dropped, each trimmed and its inner
    /// white space collapsed.
    static func paragraphs(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }.filter { !$0.isEmpty }
    }
}
