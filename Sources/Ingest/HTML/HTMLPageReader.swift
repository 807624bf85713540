/// Reads a page in one pass of libxml2's SAX parser: its main content as blocks, and its hints.
///
/// Where the main content is: `<main>` or `role="main"` first; else the `<article>` with most kept
/// text; else an element whose id or class names the content; else an `<article>` whose class
/// names furniture; else `<body>`; with gentler readings when the rules leave almost nothing
/// (``reading(of:)``). Only the end of the page tells which, so each candidate gathers its own blocks as the page streams
/// by; once a `<main>` opens, nothing else can win and the others are dropped. Candidates are
/// looked for inside the first top-level element, outside `<script>`, `<style>` and `<head>`.
struct HTMLPageReader {
    struct Page {
        var blocks: [Block]
        var hints: HTMLHints
    }

    private let maxDepth: Int
    private let shouldContinue: @Sendable () -> Bool
    private(set) var failure: IngestFailure?
    private var elements = 0
    private let table = ElementTable.shared

    private var candidates: [ContentCandidate] = []
    private var open: [Int] = []
    private var root: Int?
    private var body: Int?
    private var main: Int?
    private var named: Int?
    private var articles: [Int] = []
    /// `<article>`s whose class or id names furniture (`tag-…` on a WordPress post, or a real
    /// aside): chosen when no other article and no element named as the content is there, or when
    /// the plain articles are less than half as long (comments).
    private var namedFurnitureArticles: [Int] = []
    /// Whether the first top-level element is still open.
    private var inRoot = false
    private var rootSeen = false
    /// Depth of the `<script>`/`<style>`/`<head>` inside which no candidate is looked for.
    private var locatorSkip: Int?
    /// Open `<header>`s and whether an `<h1>`/`<h2>` was found inside each.
    private var headers: [(depth: Int, holdsHeading: Bool)] = []
    private var hints = HTMLHints.Collector()
    private var furniture = BoilerplateElements.Memo()
    /// The traits of the open elements, innermost last.
    private var openElements: [ElementTraits] = []

    init(maxDepth: Int, shouldContinue: @escaping @Sendable () -> Bool) {
        self.maxDepth = maxDepth
        self.shouldContinue = shouldContinue
    }

    /// - Throws: ``IngestFailure`` for a page libxml2 cannot read whole, one nested deeper than
    ///   `maxDepth`, or one that takes longer than `shouldContinue` allows.
    static func read(utf8: [UInt8], maxDepth: Int, shouldContinue: @escaping @Sendable () -> Bool) throws(IngestFailure) -> Page {
        var reader = try HTMLEventParser.parse(utf8: utf8, reader: HTMLPageReader(maxDepth: maxDepth, shouldContinue: shouldContinue))
        return Page(blocks: try reader.chosenBlocks(), hints: reader.hints.result)
    }

    mutating func start(_ name: ElementKey, depth: Int, attributes: ElementAttributes) {
        elements += 1
        if elements % 256 == 1, !shouldContinue() {
            failure = IngestFailure(.timeout, "extraction exceeded the time limit")
            return
        }
        if depth > maxDepth {
            failure = IngestFailure(.tooDeep, "elements nest deeper than the limit of \(maxDepth)")
            return
        }
        let element = table.traits(of: name)
        openElements.append(element)
        if element.contains(.titleHeading) {
            for i in headers.indices { headers[i].holdsHeading = true }
        }
        if element.contains(.header) { headers.append((depth, false)) }

        // The class judged once, for the furniture verdict and the date hint.
        let classNames = BoilerplateElements.classNames(attributes, memo: &furniture)
        if !open.isEmpty {
            let verdict = BoilerplateElements.verdict(element, attributes, classNames: classNames)
            for i in open { candidates[i].start(element, depth: depth, verdict: verdict) }
            if inRoot { locate(element, depth: depth, attributes: attributes, verdict: verdict, classNames: classNames) }
        } else if inRoot {
            locate(element, depth: depth, attributes: attributes, verdict: nil, classNames: classNames)
        }
        if depth == 0, !rootSeen {
            rootSeen = true
            inRoot = true
            root = begin(element, depth: depth)
        }
        if inRoot, depth > 0 { hints.start(element, depth: depth, attributes: attributes, namesDate: classNames.contains(.date)) }
    }

    /// Closes the innermost open element, at `depth`.
    mutating func end(depth: Int) {
        let element = openElements.removeLast()
        let holdsHeading = headers.last.map { $0.depth == depth && $0.holdsHeading } ?? false
        var closed = false
        for i in open {
            candidates[i].end(element, depth: depth, holdsHeading: holdsHeading)
            closed = closed || !candidates[i].isOpen
        }
        // Only the end of a candidate's own element closes it: most ends leave the list as it is.
        if closed { open.removeAll { !candidates[$0].isOpen } }
        if headers.last?.depth == depth { headers.removeLast() }
        if locatorSkip == depth { locatorSkip = nil }
        if inRoot {
            if depth == 0 { inRoot = false } else { hints.end(depth: depth) }
        }
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        for i in open { candidates[i].text(bytes) }
        if inRoot { hints.text(bytes) }
    }

    /// Notes the candidates an element opens. `verdict` is computed here when no candidate needed it.
    private mutating func locate(
        _ element: ElementTraits, depth: Int, attributes: ElementAttributes, verdict: BoilerplateElements.Verdict?,
        classNames: BoilerplateElements.Names
    ) {
        guard depth > 0, locatorSkip == nil else { return }
        defer { if element.contains(.hidesContent) { locatorSkip = depth } }
        guard main == nil else { return }
        if element.contains(.main) || ElementAttributes.value(attributes.role, isOneOf: Names.mainRole) {
            // Nothing else can win now: drop the others.
            for i in open { candidates[i].finish() }
            open.removeAll()
            main = begin(element, depth: depth)
            return
        }
        if element.contains(.body), body == nil {
            if let root, candidates[root].isOpen {
                candidates[root].finish()
                open.removeAll { $0 == root }
            }
            body = begin(element, depth: depth)
        }
        var isArticle = false
        var namedAsFurniture = false
        // A class is weak evidence: an `<article>` with WordPress's `tag-…` classes is still one.
        if element.contains(.article) {
            let v = verdict ?? BoilerplateElements.verdict(element, attributes, classNames: classNames)
            isArticle = v != .furniture
            if case .namedFurniture = v { namedAsFurniture = true } else { namedAsFurniture = false }
        }
        var isNamed = false
        if named == nil, ElementAttributes.value(attributes.id ?? attributes.class, isOneOf: Names.contentNames) {
            isNamed = true
        }
        if isArticle || isNamed {
            let index = begin(element, depth: depth)
            if isArticle { namedAsFurniture ? namedFurnitureArticles.append(index) : articles.append(index) }
            if isNamed { named = index }
        }
    }

    private mutating func begin(_ element: ElementTraits, depth: Int) -> Int {
        candidates.append(ContentCandidate(depth: depth, element: element))
        open.append(candidates.count - 1)
        return candidates.count - 1
    }

    private mutating func chosenBlocks() throws(IngestFailure) -> [Block] {
        for i in open { candidates[i].finish() }
        open.removeAll()
        func longest(_ indices: [Int]) -> Int? { indices.max { candidates[$0].textLength(.strict) < candidates[$1].textLength(.strict) } }
        // An article named as furniture (by its `tag-…` classes) still beats plain articles twice
        // shorter than it: those are comments or teasers.
        var plain = longest(articles)
        let weak = longest(namedFurnitureArticles)
        if let p = plain, let w = weak, candidates[w].textLength(.strict) > 2 * candidates[p].textLength(.strict) { plain = w }
        // An article that holds a small part of the page's prose (an FAQ box, one teaser) is not
        // the page's content: the body is read instead.
        if let p = plain, let b = body, main == nil, candidates[b].textLength(.strict) > Self.articleShareOfBody * candidates[p].textLength(.strict) {
            plain = nil
        }
        let chosen: Int? = main ?? plain ?? named ?? weak ?? body ?? root
        guard let chosen else { throw IngestFailure(.noContent, "the page has no root element") }
        return reading(of: chosen)
    }

    /// The chosen candidate's blocks under the strict rules, or a gentler reading.
    private func reading(of chosen: Int) -> [Block] {
        // When the rules leave (almost) nothing, retry gently, as trafilatura and readability
        // fall back: the same element keeping its link-dense blocks and the subtrees its classes
        // name, then the whole body; last, with the asides and forms some pages wrap text in.
        let fallbacks = [body, root].compactMap { $0 }.filter { $0 != chosen }
        var tries = [(chosen, ContentCandidate.Rules.strict), (chosen, .gentle)]
        for fallback in fallbacks { tries += [(fallback, .strict), (fallback, .gentle)] }
        tries += ([chosen] + fallbacks).map { ($0, .everything) }
        // A gentler result replaces the strict one when it reaches enough text and the strict
        // one had less than a third of it (a short page keeps its strict reading); failing that,
        // the first result that is not empty.
        let strict = candidates[chosen].textLength(.strict)
        if strict >= Self.enoughText { return candidates[chosen].blocks(.strict) }
        for (index, rules) in tries.dropFirst() {
            let length = candidates[index].textLength(rules)
            if length >= Self.enoughText, length >= 3 * strict { return candidates[index].blocks(rules) }
        }
        for (index, rules) in tries {
            let blocks = candidates[index].blocks(rules)
            if !blocks.isEmpty { return blocks }
        }
        return []
    }

    /// Below this many characters, the main content is taken to be missing and gentler rules are
    /// tried (trafilatura's threshold for its fallbacks).
    static let enoughText = 250

    /// How many times more prose than the longest article the body must hold for the article
    /// not to be taken as the content.
    static let articleShareOfBody = 4

    private enum Names {
        static let contentNames = ["main-content", "content-main", "maincontent", "contenu", "contenu-principal", "main"].map { Array($0.utf8) }
        static let mainRole = [Array("main".utf8)]
    }
}
