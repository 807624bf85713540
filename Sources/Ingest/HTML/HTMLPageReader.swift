/// Reads a page in one pass of libxml2's SAX parser: its main content as blocks, and its hints.
///
/// Where the main content is: `<main>` or `role="main"` first; else the single `<article>`, or the
/// one with most text; else an element whose id or class names the content; else `<body>`. Only
/// the end of the page tells which, so each candidate gathers its own blocks as the page streams
/// by; once a `<main>` opens, nothing else can win and the others are dropped. Candidates are
/// looked for inside the first top-level element, outside `<script>`, `<style>` and `<head>`.
final class HTMLPageReader: HTMLEventHandler {
    struct Page {
        var blocks: [Block]
        var hints: HTMLHints
    }

    private let maxDepth: Int
    private let shouldContinue: @Sendable () -> Bool
    private(set) var failure: IngestFailure?
    private var elements = 0

    private var candidates: [ContentCandidate] = []
    private var open: [Int] = []
    private var root: Int?
    private var body: Int?
    private var main: Int?
    private var named: Int?
    private var articles: [Int] = []
    /// Whether the first top-level element is still open.
    private var inRoot = false
    private var rootSeen = false
    /// Depth of the `<script>`/`<style>`/`<head>` inside which no candidate is looked for.
    private var locatorSkip: Int?
    /// Open `<header>`s and whether an `<h1>`/`<h2>` was found inside each.
    private var headers: [(depth: Int, holdsHeading: Bool)] = []
    private var hints = HTMLHints.Collector()

    init(maxDepth: Int, shouldContinue: @escaping @Sendable () -> Bool) {
        self.maxDepth = maxDepth
        self.shouldContinue = shouldContinue
    }

    /// - Throws: ``IngestFailure`` for a page libxml2 cannot read whole, one nested deeper than
    ///   `maxDepth`, or one that takes longer than `shouldContinue` allows.
    static func read(utf8: [UInt8], maxDepth: Int, shouldContinue: @escaping @Sendable () -> Bool) throws(IngestFailure) -> Page {
        let reader = HTMLPageReader(maxDepth: maxDepth, shouldContinue: shouldContinue)
        try HTMLEventParser.parse(utf8: utf8, handler: reader)
        return Page(blocks: try reader.chosenBlocks(), hints: reader.hints.result)
    }

    func start(_ name: ElementKey, depth: Int, attributes: ElementAttributes) {
        elements += 1
        if elements % 256 == 1, !shouldContinue() {
            failure = IngestFailure(.timeout, "extraction exceeded the time limit")
            return
        }
        if depth > maxDepth {
            failure = IngestFailure(.tooDeep, "elements nest deeper than the limit of \(maxDepth)")
            return
        }
        if BoilerplateElements.headingKeys.contains(name) {
            for i in headers.indices { headers[i].holdsHeading = true }
        }
        if name == Names.header { headers.append((depth, false)) }

        if !open.isEmpty {
            let verdict = BoilerplateElements.verdict(name, attributes)
            for i in open { candidates[i].start(name, depth: depth, verdict: verdict) }
            if inRoot { locate(name, depth: depth, attributes: attributes, verdict: verdict) }
        } else if inRoot {
            locate(name, depth: depth, attributes: attributes, verdict: nil)
        }
        if depth == 0, !rootSeen {
            rootSeen = true
            inRoot = true
            root = begin(name, depth: depth, dropLinkDense: true)
        }
        if inRoot, depth > 0 { hints.start(name, depth: depth, attributes: attributes) }
    }

    func end(_ name: ElementKey, depth: Int) {
        let holdsHeading = headers.last.map { $0.depth == depth && $0.holdsHeading } ?? false
        for i in open { candidates[i].end(name, depth: depth, holdsHeading: holdsHeading) }
        open.removeAll { !candidates[$0].isOpen }
        if headers.last?.depth == depth { headers.removeLast() }
        if locatorSkip == depth { locatorSkip = nil }
        if inRoot {
            if depth == 0 { inRoot = false } else { hints.end(depth: depth) }
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        for i in open { candidates[i].text(bytes) }
        if inRoot { hints.text(bytes) }
    }

    /// Notes the candidates `name` opens. `verdict` is computed here when no candidate needed it.
    private func locate(_ name: ElementKey, depth: Int, attributes: ElementAttributes, verdict: BoilerplateElements.Verdict?) {
        guard depth > 0, locatorSkip == nil else { return }
        defer { if Names.locatorSkipped.contains(name) { locatorSkip = depth } }
        guard main == nil else { return }
        if name == Names.main || attributes.lowercasedBytes(Names.role) == Array("main".utf8) {
            // Nothing else can win now: drop the others.
            for i in open { candidates[i].finish() }
            open.removeAll()
            main = begin(name, depth: depth, dropLinkDense: false)
            return
        }
        if name == Names.body, body == nil {
            if let root, candidates[root].isOpen {
                candidates[root].finish()
                open.removeAll { $0 == root }
            }
            body = begin(name, depth: depth, dropLinkDense: true)
        }
        var isArticle = false
        if name == Names.article, (verdict ?? BoilerplateElements.verdict(name, attributes)) != .furniture {
            isArticle = true
        }
        var isNamed = false
        if named == nil, let value = attributes.lowercasedBytes(Names.id) ?? attributes.lowercasedBytes(Names.class),
            Names.contentNames.contains(value)
        {
            isNamed = true
        }
        if isArticle || isNamed {
            let index = begin(name, depth: depth, dropLinkDense: false, countsText: isArticle)
            if isArticle { articles.append(index) }
            if isNamed { named = index }
        }
    }

    private func begin(_ name: ElementKey, depth: Int, dropLinkDense: Bool, countsText: Bool = false) -> Int {
        candidates.append(ContentCandidate(depth: depth, name: name, dropLinkDense: dropLinkDense, countsText: countsText))
        open.append(candidates.count - 1)
        return candidates.count - 1
    }

    private func chosenBlocks() throws(IngestFailure) -> [Block] {
        for i in open { candidates[i].finish() }
        open.removeAll()
        let chosen: Int? =
            main ?? articles.max(by: { candidates[$0].textLength < candidates[$1].textLength }) ?? named ?? body ?? root
        guard let chosen else { throw IngestFailure(.noContent, "the page has no root element") }
        return candidates[chosen].sink.blocks
    }

    private enum Names {
        static let header = ElementKey("header")
        static let body = ElementKey("body")
        static let main = ElementKey("main")
        static let article = ElementKey("article")
        static let role = ElementKey("role")
        static let id = ElementKey("id")
        static let `class` = ElementKey("class")
        static let locatorSkipped: Set<ElementKey> = [ElementKey("script"), ElementKey("style"), ElementKey("head")]
        static let contentNames: Set<[UInt8]> = Set(
            ["main-content", "content-main", "maincontent", "contenu", "contenu-principal", "main"].map { Array($0.utf8) })
    }
}
