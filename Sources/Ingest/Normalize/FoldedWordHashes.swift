/// The words of ``MatchFolding/words(_:)`` as ``WordIndex`` keeps them, FNV-1a hashed, in one
/// pass over raw text: no folded copy and no word-bytes copy are made.
///
/// It is, by construction, ``MatchFolding/foldBytes(_:)`` then ``MatchFolding/wordBytes(_:)``
/// then a split on spaces: white space, apostrophes and separators that are neither ASCII
/// letters, digits nor alphabetic end a word; a letter adds its folded bytes (each folded scalar
/// judged as `wordBytes` judges it); an ignorable scalar adds nothing and ends nothing. ASCII
/// bytes are looked up in a table built from that same rule.
enum FoldedWordHashes {
    /// Each word's hash, and the UTF-8 length of the words joined by single spaces.
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> (hashes: [UInt64], byteCount: Int) {
        var sink = Sink()
        sink.hashes.reserveCapacity(bytes.count / 6)
        // The table read once: a static in the loop costs a `swift_once` check per byte.
        let actions = asciiActions
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                switch actions[Int(b)] {
                case Self.boundary: sink.boundary()
                case Self.ignore: break
                case let kept: sink.keep(kept)
                }
                i += 1
                continue
            }
            let (v, length) = decodeScalar(bytes, at: i)
            feed(v, original: UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]), into: &sink)
            i += length
        }
        sink.boundary()
        return (sink.hashes, sink.wordBytes + max(0, sink.hashes.count - 1))
    }

    private struct Sink {
        var hashes: [UInt64] = []
        var hash = WordHash.offsetBasis
        var inWord = false
        var wordBytes = 0

        @inline(__always)
        mutating func keep(_ b: UInt8) {
            hash = (hash ^ UInt64(b)) &* WordHash.prime
            inWord = true
            wordBytes += 1
        }

        @inline(__always)
        mutating func boundary() {
            guard inWord else { return }
            hashes.append(hash)
            hash = WordHash.offsetBasis
            inWord = false
        }
    }

    /// One scalar of the raw text, as `foldBytes` then `wordBytes` treat it.
    private static func feed(_ v: UInt32, original: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        if MatchFolding.isWhitespace(v) { return sink.boundary() }
        if v < LatinFoldTable.bound {
            let cell = LatinFoldTable.cells[Int(v)]
            switch cell.kind {
            case .letter:
                withUnsafeBytes(of: cell.folded.littleEndian) { packed in
                    words(UnsafeBufferPointer(rebasing: packed.bindMemory(to: UInt8.self)[0..<Int(cell.foldedCount)]), into: &sink)
                }
            case .ignorable: break
            case .apostrophe: sink.boundary()
            case .separator: words(original, into: &sink)
            }
        } else {
            let entry = LatinFoldTable.slowProperties(of: v).entry
            switch entry.kind {
            case .letter: entry.folded.withUnsafeBufferPointer { words($0, into: &sink) }
            case .ignorable: break
            case .apostrophe: sink.boundary()
            case .separator: words(original, into: &sink)
            }
        }
    }

    /// Folded bytes as `wordBytes` reads them (the same ``MatchFolding/keepsInWord(ascii:)`` and
    /// ``MatchFolding/keepsInWord(scalar:)``): what it keeps is added, anything else ends the word.
    private static func words(_ folded: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        var i = 0
        while i < folded.count {
            let b = folded[i]
            if b < 0x80 {
                if MatchFolding.keepsInWord(ascii: b) { sink.keep(b) } else { sink.boundary() }
                i += 1
                continue
            }
            let (v, length) = decodeScalar(folded, at: i)
            if MatchFolding.keepsInWord(scalar: v) {
                for k in i..<(i + length) { sink.keep(folded[k]) }
            } else {
                sink.boundary()
            }
            i += length
        }
    }

    private static let boundary: UInt8 = 0
    private static let ignore: UInt8 = 1

    /// What each ASCII byte does, worked out once by the rule above: end the word, nothing, or
    /// add one byte (never 0 or 1: only letters and digits are kept).
    private static let asciiActions: [UInt8] = (0..<128).map { (b: UInt8) -> UInt8 in
        if MatchFolding.isWhitespace(UInt32(b)) { return boundary }
        let cell = LatinFoldTable.cells[Int(b)]
        let out: UInt8
        switch cell.kind {
        case .ignorable: return ignore
        case .apostrophe: return boundary
        case .letter:
            if cell.foldedCount == 0 { return ignore }
            precondition(cell.foldedCount == 1, "an ASCII letter folds to more than one byte")
            out = UInt8(truncatingIfNeeded: cell.folded)
        case .separator: out = b
        }
        return MatchFolding.keepsInWord(ascii: out) ? out : boundary
    }
}
