import CLibXML2
import Foundation

/// Streams a page through libxml2's SAX parser without building a tree.
///
/// The page is UTF-8 we decoded ourselves (libxml2 is told the encoding, so a meta charset cannot
/// override it), parsed with `HTML_PARSE_NONET` and never entity substitution or DTD loading. The
/// parser is libxml2's ordinary pull parser (`htmlCtxtReadMemory`) with the tree-building callbacks
/// replaced, so the events are those its tree would be built from.
enum HTMLEventParser {
    /// libxml2 limits nesting (to 256 without `HTML_PARSE_HUGE`) only while it builds a tree: the
    /// reader enforces its own.
    ///
    /// - Throws: the reader's failure, or ``IngestFailure`` when libxml2 halts before the end
    ///   (out of memory, say), which would otherwise pass a truncated page off as whole.
    /// - Returns: the reader, having read the page.
    static func parse(utf8: [UInt8], reader: HTMLPageReader) throws(IngestFailure) -> HTMLPageReader {
        xmlInitParser()
        guard let ctxt = htmlNewParserCtxt() else { throw IngestFailure(.parseFailed, "libxml2 could not allocate a parser") }
        defer { htmlFreeParserCtxt(ctxt) }
        let pump = UnsafeMutablePointer<EventPump>.allocate(capacity: 1)
        pump.initialize(to: EventPump(reader: reader, context: ctxt))
        defer {
            pump.pointee.pending.deallocate()
            pump.deinitialize(count: 1)
            pump.deallocate()
        }
        ctxt.pointee._private = UnsafeMutableRawPointer(pump)
        install(on: ctxt)
        // HTML_PARSE_RECOVER: a `<script>` or `<style>` ends at its own end tag only, as in a
        // browser; without it libxml2 ends one at any `</` and a letter (`//</temporary>` in a
        // script's comment), and the rest of the code can pour into the page's text.
        let options = HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue
        let doc: htmlDocPtr? = utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let base = chars.baseAddress else { return nil }
                return htmlCtxtReadMemory(ctxt, base, Int32(chars.count), nil, "UTF-8", Int32(options))
            }
        }
        if let doc { xmlFreeDoc(doc) }
        pump.pointee.flushText()
        if let failure = pump.pointee.reader.failure { throw failure }
        if ctxt.pointee.disableSAX != 0 {
            throw IngestFailure(.truncated, "libxml2 stopped before the end of the page: \(lastError(ctxt))")
        }
        return pump.pointee.reader
    }

    /// Keeps the reader's callbacks and drops every tree-building one. Whitespace libxml2 calls
    /// ignorable is dropped, as its tree builder does; comments, processing instructions and the
    /// raw text of `<script>`/`<style>` only end the text run before them, as a node would.
    private static func install(on ctxt: htmlParserCtxtPtr) {
        guard let sax = ctxt.pointee.sax else { return }
        memset(sax, 0, MemoryLayout<htmlSAXHandler>.size)
        sax.pointee.initialized = 1
        sax.pointee.startElement = { ctx, name, atts in
            guard let name else { return }
            EventPump.from(ctx).pointee.start(name, ElementAttributes(pairs: atts))
        }
        sax.pointee.endElement = { ctx, _ in EventPump.from(ctx).pointee.end() }
        sax.pointee.characters = { ctx, chars, count in
            guard let chars, count > 0 else { return }
            EventPump.from(ctx).pointee.characters(UnsafeBufferPointer(start: chars, count: Int(count)))
        }
        sax.pointee.cdataBlock = { ctx, _, _ in EventPump.from(ctx).pointee.flushText() }
        sax.pointee.comment = { ctx, _ in EventPump.from(ctx).pointee.flushText() }
        sax.pointee.processingInstruction = { ctx, _, _ in EventPump.from(ctx).pointee.flushText() }
    }

    private static func lastError(_ ctxt: htmlParserCtxtPtr) -> String {
        let code = ctxt.pointee.errNo
        var message = ""
        if let error = xmlCtxtGetLastError(UnsafeMutableRawPointer(ctxt)), let text = error.pointee.message {
            message = String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        switch xmlParserErrors(rawValue: UInt32(code)) {
        case XML_ERR_NO_MEMORY:
            return "out of memory (\(message))"
        default:
            return message.isEmpty ? "libxml2 error \(code)" : "libxml2 error \(code): \(message)"
        }
    }
}

/// Between libxml2's C callbacks and the reader: joins the pieces of one text run and tracks
/// depth. Lives in memory the parse allocates, reached from the parser context's `_private`
/// pointer: neither a class (each callback retained and released it, about 1 % of a run) nor
/// stored properties behind a dynamic exclusivity check (measured at 2 % of a run's
/// instructions). Only the parse's own thread reaches the pump, one callback at a time.
///
/// Start and end events nest exactly as the tree libxml2 would build (implied and auto-closed
/// elements included: an end closes the innermost open element, as in the tree builder), and the
/// text between two events comes in one piece, as one text node of that tree would.
private struct EventPump {
    var reader: HTMLPageReader
    let context: htmlParserCtxtPtr
    /// The text run being joined (cleared by setting a count: an array's `removeAll(keepingCapacity:)`
    /// went through `replaceSubrange`, once per event). Deallocated by the parse.
    var pending = ScratchBytes(capacity: 4096)
    var depth = 0

    init(reader: HTMLPageReader, context: htmlParserCtxtPtr) {
        self.reader = reader
        self.context = context
    }

    static func from(_ ctx: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<EventPump> {
        let ctxt = ctx!.assumingMemoryBound(to: htmlParserCtxt.self)
        return ctxt.pointee._private!.assumingMemoryBound(to: EventPump.self)
    }

    mutating func characters(_ chars: UnsafeBufferPointer<UInt8>) {
        pending.append(contentsOf: chars)
    }

    // libxml2 still reports the end of the open elements after the parser is stopped: once the
    // reader has failed, nothing more is passed on.

    mutating func flushText() {
        guard pending.count > 0 else { return }
        if reader.failure == nil {
            if let repaired = C1Text.asWindows1252(pending.buffer) {
                repaired.withUnsafeBufferPointer { reader.text($0) }
            } else {
                reader.text(pending.buffer)
            }
        }
        pending.removeAll()
    }

    mutating func start(_ name: UnsafePointer<xmlChar>, _ attributes: ElementAttributes) {
        flushText()
        guard reader.failure == nil else { return }
        reader.start(ElementKey(cString: name), depth: depth, attributes: attributes)
        depth += 1
        if reader.failure != nil { xmlStopParser(context) }
    }

    /// libxml2's end events do not always name, or even match, the element they close (a start
    /// tag with stray bytes in its name can be closed by its parent's end tag, leaving one end
    /// short). Its tree builder ignores the name and closes the innermost open element; so does
    /// this, and the reader knows which element that is.
    mutating func end() {
        flushText()
        guard depth > 0 else { return }
        depth -= 1
        guard reader.failure == nil else { return }
        reader.end(depth: depth)
    }
}

/// The libxml2 version this build was compiled against, for run manifests.
public enum LibXML2Info {
    public static let version = LIBXML_DOTTED_VERSION
}
