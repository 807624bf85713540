/// An element that may turn out to hold the page's main content (`<body>`, `<main>`, an
/// `<article>`, an element named "contenu"…), with the blocks of its subtree gathered as the page
/// streams by. Which candidate wins is known only at the end of the page.
struct ContentCandidate {
    /// Depth of the candidate element.
    let depth: Int
    var sink: BlockSink
    private(set) var isOpen = true
    /// Depth of the furniture element being skipped, if any.
    private var skipDepth: Int?
    /// `<header>`s entered provisionally, innermost last, with the state to return to when one
    /// ends without holding a heading.
    private var provisional: [(depth: Int, sink: BlockSink, blockCount: Int)] = []
    /// Block-level subtrees named as furniture by a class or id (``BoilerplateElements/Verdict/namedFurniture``):
    /// open ones innermost last, and closed ones as ranges of ``BlockSink/blocks``. Which of them
    /// go is decided once the candidate is chosen (``blocks``).
    private var openNamed: [(depth: Int, start: Int)] = []
    private var named: [Range<Int>] = []
    /// The same for `<aside>` and `<form>` subtrees, dropped unless the page has nothing else.
    private var openContainers: [(depth: Int, start: Int)] = []
    private var containers: [Range<Int>] = []

    init(depth: Int, element: ElementTraits) {
        self.depth = depth
        sink = BlockSink()
        sink.enter(element)
    }

    mutating func start(_ element: ElementTraits, depth: Int, verdict: BoilerplateElements.Verdict) {
        guard skipDepth == nil else { return }
        switch verdict {
        case .furniture:
            guard element.contains(.containerFurniture) else {
                skipDepth = depth
                return
            }
            sink.enter(element)
            sink.flush()
            openContainers.append((depth, sink.blocks.count))
            return
        case .namedFurniture:
            // An inline element (a `span`, a link) is not a container of the page's text.
            guard element.contains(.block) else {
                skipDepth = depth
                return
            }
            sink.enter(element)
            openNamed.append((depth, sink.blocks.count))
            return
        case .keptIfItHoldsAHeading:
            var saved = sink
            saved.blocks = []  // restored by count, so that the live array is not copied
            provisional.append((depth, saved, sink.blocks.count))
        case .content:
            break
        }
        sink.enter(element)
    }

    /// - Parameter holdsHeading: for a `<header>`, whether an `<h1>`/`<h2>` was found inside it.
    mutating func end(_ element: ElementTraits, depth: Int, holdsHeading: Bool) {
        if depth == self.depth {
            sink.exit(element)
            sink.flush()
            isOpen = false
            return
        }
        if let skip = skipDepth {
            if skip == depth { skipDepth = nil }
            return
        }
        sink.exit(element)
        if let last = openNamed.last, last.depth == depth {
            openNamed.removeLast()
            sink.flush()
            if sink.blocks.count > last.start { named.append(last.start..<sink.blocks.count) }
        }
        if let last = openContainers.last, last.depth == depth {
            openContainers.removeLast()
            sink.flush()
            if sink.blocks.count > last.start { containers.append(last.start..<sink.blocks.count) }
        }
        if let last = provisional.last, last.depth == depth {
            provisional.removeLast()
            if !holdsHeading {
                var restored = last.sink
                swap(&restored.blocks, &sink.blocks)
                restored.blocks.removeSubrange(last.blockCount...)
                sink = restored
                named.removeAll { $0.upperBound > last.blockCount }
                containers.removeAll { $0.upperBound > last.blockCount }
            }
        }
    }

    /// How much a candidate's blocks are pruned.
    enum Rules {
        /// Without link-dense blocks, and without the subtrees named as furniture except one that
        /// holds most of the text: a class name never removes the article itself.
        case strict
        /// Every block but those of `<aside>`s and `<form>`s: for a page where the strict rules
        /// leave almost nothing.
        case gentle
        /// Every block: the last resort.
        case everything
    }

    func blocks(_ rules: Rules) -> [Block] {
        if rules == .everything || (named.isEmpty && containers.isEmpty && rules == .gentle) { return sink.blocks }
        let kept = keptBlocks(rules)
        return sink.blocks.indices.filter { kept[$0] }.map { sink.blocks[$0] }
    }

    /// Unicode scalars of ``blocks(_:)``: what competing `<article>`s are compared by.
    func textLength(_ rules: Rules) -> Int {
        let kept = keptBlocks(rules)
        return sink.blocks.indices.reduce(0) { $0 + (kept[$1] ? sink.blocks[$1].length : 0) }
    }

    private func keptBlocks(_ rules: Rules) -> [Bool] {
        var kept = [Bool](repeating: true, count: sink.blocks.count)
        guard rules != .everything else { return kept }
        for range in containers {
            for i in range { kept[i] = false }
        }
        guard rules == .strict else { return kept }
        for i in kept.indices where sink.blocks[i].linkDense { kept[i] = false }
        let lengths = sink.blocks.indices.map { kept[$0] ? sink.blocks[$0].length : 0 }
        let total = lengths.reduce(0, +)
        for range in named where 2 * lengths[range].reduce(0, +) <= total {
            for i in range { kept[i] = false }
        }
        return kept
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard skipDepth == nil else { return }
        BogusComments.forEachVisibleRun(bytes) { sink.appendText($0) }
    }

    /// Ends a candidate the page never closed.
    mutating func finish() {
        if isOpen { sink.flush() }
        for open in openNamed where sink.blocks.count > open.start { named.append(open.start..<sink.blocks.count) }
        for open in openContainers where sink.blocks.count > open.start { containers.append(open.start..<sink.blocks.count) }
        openNamed.removeAll()
        openContainers.removeAll()
        isOpen = false
    }
}
