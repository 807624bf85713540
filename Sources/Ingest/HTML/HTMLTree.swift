import CLibXML2
import Foundation

typealias XMLNode = UnsafeMutablePointer<xmlNode>

/// A libxml2 HTML tree, freed with its owner.
///
/// Parsed from UTF-8 bytes we decoded ourselves (libxml2 is told the encoding, so a meta charset
/// cannot override it), with `HTML_PARSE_NONET` and never entity substitution or DTD loading.
final class HTMLTree {
    let doc: htmlDocPtr

    /// libxml2's own nesting limit without `HTML_PARSE_HUGE`.
    static let libxmlDepthLimit = 256

    private init(doc: htmlDocPtr) { self.doc = doc }

    deinit { xmlFreeDoc(doc) }

    var root: XMLNode? { xmlDocGetRootElement(doc) }

    /// Parses `utf8`. Throws ``IngestFailure`` when libxml2 returns nothing or stops before the end
    /// (its depth or text-node limits halt the parser and would otherwise pass a truncated tree off
    /// as complete).
    ///
    /// - Parameter allowHuge: lifts libxml2's depth (256) and text-node (10 MB) limits; the caller
    ///   then enforces its own.
    static func parse(utf8: [UInt8], allowHuge: Bool) throws(IngestFailure) -> HTMLTree {
        xmlInitParser()
        guard let ctxt = htmlNewParserCtxt() else { throw IngestFailure(.parseFailed, "libxml2 could not allocate a parser") }
        defer { htmlFreeParserCtxt(ctxt) }
        var options = HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_COMPACT.rawValue
        if allowHuge { options |= XML_PARSE_HUGE.rawValue }
        let parsed: htmlDocPtr? = utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlCtxtReadMemory(ctxt, chars.baseAddress, Int32(chars.count), nil, "UTF-8", Int32(options))
            }
        }
        guard let doc = parsed else {
            throw IngestFailure(.parseFailed, "libxml2 returned no document (\(lastError(ctxt)))")
        }
        let tree = HTMLTree(doc: doc)
        if ctxt.pointee.disableSAX != 0 {
            throw IngestFailure(.truncated, "libxml2 stopped before the end of the page: \(lastError(ctxt))")
        }
        return tree
    }

    private static func lastError(_ ctxt: htmlParserCtxtPtr) -> String {
        let code = ctxt.pointee.errNo
        var message = ""
        if let error = xmlCtxtGetLastError(UnsafeMutableRawPointer(ctxt)), let text = error.pointee.message {
            message = String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        switch xmlParserErrors(rawValue: UInt32(code)) {
        case XML_ERR_INTERNAL_ERROR where message.contains("depth"):
            return "nesting deeper than libxml2's limit of \(libxmlDepthLimit) elements (\(message))"
        case XML_ERR_NO_MEMORY:
            return "a text node over libxml2's 10 MB limit, or out of memory (\(message))"
        default:
            return message.isEmpty ? "libxml2 error \(code)" : "libxml2 error \(code): \(message)"
        }
    }
}

extension UnsafeMutablePointer where Pointee == xmlNode {
    var isElement: Bool { pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointee.type == XML_TEXT_NODE }

    /// Lowercase element name (libxml2's HTML parser lowercases them).
    var name: String { pointee.name.map { String(cString: $0) } ?? "" }

    /// The element name packed for comparison without making a `String`.
    var key: ElementKey { pointee.name.map { ElementKey(cString: $0) } ?? .none }

    /// An attribute's value, read from the attribute node without allocating through libxml2.
    /// `wanted` is lowercase ASCII; attribute names compare case-insensitively, without copies.
    func attribute(_ wanted: String) -> String? {
        var attr = pointee.properties
        while let a = attr {
            if let n = a.pointee.name, Self.equalsLowercased(n, wanted) {
                var value: [UInt8] = []
                var child = a.pointee.children
                while let c = child {
                    if let content = c.pointee.content { value.append(contentsOf: UnsafeBufferPointer(start: content, count: strlen(content))) }
                    child = c.pointee.next
                }
                return String(decoding: value, as: UTF8.self)
            }
            attr = a.pointee.next
        }
        return nil
    }

    private static func equalsLowercased(_ p: UnsafePointer<xmlChar>, _ wanted: String) -> Bool {
        var q = p
        for w in wanted.utf8 {
            let c = q.pointee
            if c == 0 || ((0x41...0x5A).contains(c) ? c | 0x20 : c) != w { return false }
            q += 1
        }
        return q.pointee == 0
    }

    /// The UTF-8 bytes of a text node, in place (valid while the tree lives).
    var contentBytes: UnsafeBufferPointer<UInt8> {
        guard let content = pointee.content else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: content, count: strlen(content))
    }

    var firstChild: XMLNode? { pointee.children }
    var nextSibling: XMLNode? { pointee.next }
    var parentNode: XMLNode? { pointee.parent }

    /// Text content of a text node.
    var textContent: String { pointee.content.map { String(cString: $0) } ?? "" }

    /// Element descendants in document order, iteratively, not descending into `skip`ped subtrees.
    func forEachDescendant(skip: (XMLNode) -> Bool = { _ in false }, _ body: (XMLNode) -> Void) {
        var stack: [XMLNode] = []
        var child = firstChild
        while let c = child { stack.append(c); child = c.nextSibling }
        stack.reverse()
        while let node = stack.popLast() {
            guard node.isElement || node.isText else { continue }
            body(node)
            guard node.isElement, !skip(node) else { continue }
            var children: [XMLNode] = []
            var next = node.firstChild
            while let c = next { children.append(c); next = c.nextSibling }
            stack.append(contentsOf: children.reversed())
        }
    }
}

/// An element name of up to 16 bytes packed in two integers, compared without strings; longer
/// names (none that matter here) all pack to ``none``.
struct ElementKey: Hashable, Sendable {
    let low: UInt64
    let high: UInt64

    static let none = ElementKey(low: 0, high: 0)

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    init(_ name: String) {
        self = name.utf8CString.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: UInt8.self) { ElementKey(cString: $0.baseAddress!) }
        }
    }

    /// - Parameter lowercasingASCII: fold A-Z to a-z while packing (attribute names keep their case).
    init(cString p: UnsafePointer<UInt8>, lowercasingASCII: Bool = false) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var i = 0
        while p[i] != 0 {
            if i >= 16 {
                self = .none
                return
            }
            let byte = lowercasingASCII && (0x41...0x5A).contains(p[i]) ? p[i] | 0x20 : p[i]
            if i < 8 { low |= UInt64(byte) << (8 * UInt64(i)) } else { high |= UInt64(byte) << (8 * UInt64(i - 8)) }
            i += 1
        }
        self.init(low: low, high: high)
    }
}

/// The libxml2 version this build was compiled against, for run manifests.
public enum LibXML2Info {
    public static let version = LIBXML_DOTTED_VERSION
}
