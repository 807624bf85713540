import Crypto
import Logging

/// A document and the notes taken while ingesting it.
public struct IngestResult: Sendable, Hashable {
    public var document: Document
    public var warnings: [IngestWarning]
    /// Per passage of ``document``, in order, the hashes of its folded words as
    /// ``WordIndex`` reads them (``PhraseScanner/firstPhrase(in:)``). The boilerplate rules hashed
    /// them already; later stages that look for phrases in a passage reuse them instead of
    /// hashing its text again. Not part of the document's JSON.
    public var passageWords: [[UInt64]]
}

/// Bytes plus a source description in, one ``Document`` out: decoding, HTML or text parsing,
/// boilerplate removal, passages with sections and offsets, metadata.
///
/// It reads no files and no clock: the caller hands it bytes and, for time limits, a
/// `shouldContinue` closure.
public struct Ingestor: Sendable {
    public var options: IngestOptions

    public init(options: IngestOptions = .defaults) {
        self.options = options
    }

    /// - Parameter sha256: the bytes' SHA-256 in lowercase hex, when the caller has it already
    ///   (a batch hashes every file to see whether it changed); computed here otherwise.
    /// - Throws: ``IngestFailure`` for a file that cannot become a document (empty, binary, too
    ///   large, truncated by libxml2, too deep, out of time, no text).
    public func ingest(
        _ bytes: [UInt8], source: SourceInfo, sha256: String? = nil, logger: Logger = Logger(label: "segur.ingest"),
        shouldContinue: @escaping @Sendable () -> Bool = { true }
    ) throws(IngestFailure) -> IngestResult {
        guard bytes.count <= options.maxBytes else {
            throw IngestFailure(.tooLarge, "\(bytes.count) bytes, over the limit of \(options.maxBytes)")
        }
        if bytes.isEmpty || ContentSniffer.isBlank(bytes) { throw IngestFailure(.empty, "the file holds no text") }
        if let format = ContentSniffer.binaryFormat(bytes) { throw IngestFailure(.binary, "a \(format) file, not a text file") }
        if ContentSniffer.looksBinary(bytes) { throw IngestFailure(.binary, "NUL bytes or control characters: not a text file") }
        let raw = bytes
        let (bytes, controls) = ContentSniffer.droppingControlBytes(bytes)
        let kind = ContentSniffer.kind(of: bytes, pathExtension: source.pathExtension)
        let decoding = TextDecoding.choose(bytes, lookForMetaCharset: kind == .html)
        let documentID = source.documentID
        let text: String
        let passages: [Passage]
        let passageWords: [[UInt64]]
        let metadata: InferredMetadata
        var warnings: [IngestWarning]
        var url: String?
        switch kind {
        case .html:
            // libxml2 reads the bytes themselves when they are UTF-8 already (no String, no copy).
            let utf8: [UInt8]
            (utf8, warnings) = decoding.utf8(of: bytes)
            let prescan = HTMLPrescan(utf8)
            warnings += prescan.warnings
            let page = try HTMLPageReader.read(utf8: prescan.bytes, maxDepth: options.maxDepth, shouldContinue: shouldContinue)
            let assembled = DocumentAssembler().assemble(page.blocks)
            metadata = MetadataInference.infer(assembled, hints: page.hints)
            // The title is metadata: the text does not start with a copy of it.
            let blocks = MetadataInference.withoutTitleCopy(assembled, title: metadata.title, hints: page.hints)
            (text, passages) = TextLayout.joined(blocks: blocks, documentID: documentID)
            passageWords = blocks.map(\.words)
            url = page.hints.absoluteURL
        case .text:
            (text, warnings) = decoding.decoded(bytes)
            let blocks = DocumentAssembler().assemble(PlainTextParser(scalars: Array(text.unicodeScalars)).blocks())
            (passages, passageWords) = TextLayout.sliced(source: text, blocks: blocks, documentID: documentID)
            metadata = MetadataInference.infer(blocks, hints: nil)
        }
        guard !passages.isEmpty else { throw IngestFailure(.noContent, "no text left once boilerplate is removed") }
        if controls > 0 {
            warnings.append(IngestWarning(code: "control-bytes", message: "\(controls) NUL or control byte\(controls == 1 ? "" : "s") dropped"))
        }
        if metadata.date == nil { warnings.append(IngestWarning(code: "no-date", message: "no publication or meeting date found")) }
        let document = Document(
            id: documentID, path: source.relativePath, sha256: sha256 ?? SHA256.hexDigest(of: raw), kind: kind.documentKind,
            encoding: decoding.encoding.name, encodingSource: decoding.source, title: metadata.title,
            date: metadata.date?.description, organisation: metadata.organisation, region: metadata.region, url: url,
            text: text, passages: passages)
        logger.debug("ingested", metadata: ["path": "\(source.relativePath)", "passages": "\(passages.count)"])
        return IngestResult(document: document, warnings: warnings, passageWords: passageWords)
    }
}
