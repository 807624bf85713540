/// Text from documents and file names made safe to show: what a terminal, a spreadsheet or a
/// reader's eye would take for something else is removed.
///
/// - Terminal escape sequences (CSI: ESC `[` … final byte; OSC: ESC `]` … BEL or ST; ESC and one
///   character) and every other C0
///   and C1 control character, DEL included, are removed: written raw, they recolour or rewrite a
///   terminal showing a log or a CSV.
/// - Bidirectional controls (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069) are removed:
///   they reorder what follows them, so a quote or a file name could read as something else
///   ("Trojan Source").
/// - Line and paragraph breaks (CR, LF, NEL, U+2028, U+2029) and tabs become one space unless
///   `keepLineBreaks`: a file name holding a newline would otherwise forge a log line, and a quote
///   a CSV row.
public enum DisplaySafe {
    public static func text(_ s: String, keepLineBreaks: Bool = false) -> String {
        guard s.unicodeScalars.contains(where: { needsWork($0.value) }) else { return s }
        var out = String.UnicodeScalarView()
        var scalars = s.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? scalars.next() {
            pending = nil
            let v = c.value
            if v == 0x1B {
                // CSI: ESC [ parameters… final byte in @…~; other escapes: ESC and one character.
                guard let next = scalars.next() else { break }
                if next == "[" {
                    while let p = scalars.next(), !(0x40...0x7E).contains(p.value) {}
                } else if next == "]" {
                    skipOperatingSystemCommand(&scalars)
                } else if next.value < 0x20 || next.value == 0x7F {
                    pending = next
                }
                continue
            }
            if v == 0x9B {  // the C1 form of CSI
                while let p = scalars.next(), !(0x40...0x7E).contains(p.value) {}
                continue
            }
            if v == 0x9D {  // the C1 form of OSC
                skipOperatingSystemCommand(&scalars)
                continue
            }
            if isLineBreak(v) || v == 0x09 {
                if keepLineBreaks && v != 0x09 && v != 0x85 {
                    out.append(c)
                } else if out.last != " " {
                    out.append(" ")
                }
                continue
            }
            if needsWork(v) { continue }
            out.append(c)
        }
        return String(out)
    }

    /// OSC (window titles, hyperlinks): up to BEL or ST (ESC `\\`, or its C1 form).
    private static func skipOperatingSystemCommand(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let p = scalars.next() {
            if p.value == 0x07 || p.value == 0x9C { return }
            if p.value == 0x1B {
                _ = scalars.next()
                return
            }
        }
    }

    static func needsWork(_ v: UInt32) -> Bool {
        v < 0x20 || v == 0x7F || isInvisible(v)
    }

    /// The characters beyond ASCII that change what is shown without being seen: C1 controls,
    /// bidi controls, the line and paragraph separators.
    public static func isInvisible(_ v: UInt32) -> Bool {
        (0x80...0x9F).contains(v) || isBidiControl(v) || v == 0x2028 || v == 0x2029
    }

    static func isLineBreak(_ v: UInt32) -> Bool {
        v == 0x0A || v == 0x0D || v == 0x85 || v == 0x2028 || v == 0x2029 || v == 0x0B || v == 0x0C
    }

    static func isBidiControl(_ v: UInt32) -> Bool {
        v == 0x061C || v == 0x200E || v == 0x200F || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}
