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
    /// Block-level subtrees named as furniture by a class or id (``BoilerplateElements/Verdict/namedFurniture``).
    /// Which of them go is decided once the candidate is chosen (``blocks(_:)``).
    private var named = SubtreeRanges()
    /// `<aside>` and `<form>` subtrees, dropped unless the page has nothing else.
    private var containers = SubtreeRanges()

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
            containers.open(depth: depth, at: sink.blocks.count)
            return
        case .namedFurniture(let shape):
            // An inline element (a `span`, a link) is not a container of the page's text.
            guard element.contains(.block) else {
                skipDepth = depth
                return
            }
            sink.enter(element)
            named.open(depth: depth, at: sink.blocks.count, shape: shape)
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
        if named.isOpen(at: depth) || containers.isOpen(at: depth) {
            sink.flush()
            named.close(depth: depth, at: sink.blocks.count)
            containers.close(depth: depth, at: sink.blocks.count)
        }
        if let last = provisional.last, last.depth == depth {
            provisional.removeLast()
            if !holdsHeading {
                var restored = last.sink
                swap(&restored.blocks, &sink.blocks)
                restored.blocks.removeSubrange(last.blockCount...)
                sink = restored
                named.forget(after: last.blockCount)
                containers.forget(after: last.blockCount)
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
        if rules == .everything || (containers.closed.isEmpty && rules == .gentle) { return sink.blocks }
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
        for subtree in containers.closed {
            for i in subtree.range { kept[i] = false }
        }
        guard rules == .strict else { return kept }
        for i in kept.indices where sink.blocks[i].linkDense { kept[i] = false }
        let lengths = sink.blocks.indices.map { kept[$0] ? sink.blocks[$0].length : 0 }
        let total = lengths.reduce(0, +)
        // Judged by name: subtrees that repeat one name (the sections `TOC_TITLE_1`, `TOC_TITLE_2`…
        // of an article) hold the text together or not at all.
        var byShape: [UInt64: Int] = [:]
        for subtree in named.closed { byShape[subtree.shape, default: 0] += lengths[subtree.range].reduce(0, +) }
        for subtree in named.closed where 2 * byShape[subtree.shape, default: 0] <= total {
            for i in subtree.range { kept[i] = false }
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
        named.closeAll(at: sink.blocks.count)
        containers.closeAll(at: sink.blocks.count)
        isOpen = false
    }
}

/// Subtrees of a candidate as ranges of its blocks: the open ones innermost last, with the block
/// count at their start, and the closed ones; each with the shape of its name, when named.
struct SubtreeRanges {
    private var opened: [(depth: Int, start: Int, shape: UInt64)] = []
    private(set) var closed: [(range: Range<Int>, shape: UInt64)] = []

    mutating func open(depth: Int, at blockCount: Int, shape: UInt64 = 0) { opened.append((depth, blockCount, shape)) }

    func isOpen(at depth: Int) -> Bool { opened.last?.depth == depth }

    /// Closes the innermost subtree if it is the one at `depth`; one that made no block is forgotten.
    mutating func close(depth: Int, at blockCount: Int) {
        guard let last = opened.last, last.depth == depth else { return }
        opened.removeLast()
        if blockCount > last.start { closed.append((last.start..<blockCount, last.shape)) }
    }

    /// Closes every subtree the page never closed.
    mutating func closeAll(at blockCount: Int) {
        for open in opened where blockCount > open.start { closed.append((open.start..<blockCount, open.shape)) }
        opened.removeAll()
    }

    /// Forgets the subtrees past `blockCount`, whose blocks were rolled back.
    mutating func forget(after blockCount: Int) { closed.removeAll { $0.range.upperBound > blockCount } }
}
