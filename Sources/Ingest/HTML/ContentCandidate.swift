/// An element that may turn out to hold the page's main content (`<body>`, `<main>`, an
/// `<article>`, an element named "contenu"…), with the blocks of its subtree gathered as the page
/// streams by. Which candidate wins is known only at the end of the page.
struct ContentCandidate {
    /// Depth of the candidate element.
    let depth: Int
    var sink: BlockSink
    /// Unicode scalars of the text outside furniture, counted for `<article>`s (the largest wins).
    var textLength = 0
    let countsText: Bool
    private(set) var isOpen = true
    /// Depth of the furniture element being skipped, if any.
    private var skipDepth: Int?
    /// `<header>`s entered provisionally, innermost last, with the state to return to when one
    /// ends without holding a heading.
    private var provisional: [(depth: Int, sink: BlockSink, blockCount: Int, textLength: Int)] = []

    init(depth: Int, element: ElementTraits, dropLinkDense: Bool, countsText: Bool) {
        self.depth = depth
        self.countsText = countsText
        sink = BlockSink(dropLinkDense: dropLinkDense)
        sink.enter(element)
    }

    mutating func start(_ element: ElementTraits, depth: Int, verdict: BoilerplateElements.Verdict) {
        guard skipDepth == nil else { return }
        switch verdict {
        case .furniture:
            skipDepth = depth
            return
        case .keptIfItHoldsAHeading:
            var saved = sink
            saved.blocks = []  // restored by count, so that the live array is not copied
            provisional.append((depth, saved, sink.blocks.count, textLength))
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
        if let last = provisional.last, last.depth == depth {
            provisional.removeLast()
            if !holdsHeading {
                var restored = last.sink
                swap(&restored.blocks, &sink.blocks)
                restored.blocks.removeSubrange(last.blockCount...)
                sink = restored
                textLength = last.textLength
            }
        }
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard skipDepth == nil else { return }
        BogusComments.forEachVisibleRun(bytes) { sink.appendText($0) }
        if countsText { textLength += BlockText.scalarCount(bytes) }
    }

    /// Ends a candidate the page never closed.
    mutating func finish() {
        if isOpen { sink.flush() }
        isOpen = false
    }
}
