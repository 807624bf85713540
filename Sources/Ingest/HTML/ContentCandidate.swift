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

    init(depth: Int, element: ElementTraits, dropLinkDense: Bool) {
        self.depth = depth
        sink = BlockSink(dropLinkDense: dropLinkDense)
        sink.enter(element)
    }

    mutating func start(_ element: ElementTraits, depth: Int, verdict: BoilerplateElements.Verdict) {
        guard skipDepth == nil else { return }
        switch verdict {
        case .furniture:
            skipDepth = depth
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
        if let last = provisional.last, last.depth == depth {
            provisional.removeLast()
            if !holdsHeading {
                var restored = last.sink
                swap(&restored.blocks, &sink.blocks)
                restored.blocks.removeSubrange(last.blockCount...)
                sink = restored
                named.removeAll { $0.upperBound > last.blockCount }
            }
        }
    }

    /// The candidate's blocks without the subtrees named as furniture, except one that holds most
    /// of the text: a class name never removes the article itself.
    var blocks: [Block] {
        guard !named.isEmpty else { return sink.blocks }
        let dropped = droppedBlocks
        return sink.blocks.indices.filter { !dropped[$0] }.map { sink.blocks[$0] }
    }

    /// Unicode scalars of ``blocks``: what competing `<article>`s are compared by.
    var keptTextLength: Int {
        let dropped = droppedBlocks
        return sink.blocks.indices.reduce(0) { $0 + (dropped[$1] ? 0 : sink.blocks[$1].text.unicodeScalars.count) }
    }

    private var droppedBlocks: [Bool] {
        let lengths = sink.blocks.map { $0.text.unicodeScalars.count }
        let total = lengths.reduce(0, +)
        var dropped = [Bool](repeating: false, count: lengths.count)
        for range in named where 2 * lengths[range].reduce(0, +) <= total {
            for i in range { dropped[i] = true }
        }
        return dropped
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard skipDepth == nil else { return }
        BogusComments.forEachVisibleRun(bytes) { sink.appendText($0) }
    }

    /// Ends a candidate the page never closed.
    mutating func finish() {
        if isOpen { sink.flush() }
        for open in openNamed where sink.blocks.count > open.start { named.append(open.start..<sink.blocks.count) }
        openNamed.removeAll()
        isOpen = false
    }
}
