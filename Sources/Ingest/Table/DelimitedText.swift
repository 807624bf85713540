/// RFC 4180 records of delimited text (CSV, TSV), read from UTF-8 bytes one record at a time.
///
/// Quoted fields hold delimiters, doubled quotes and line breaks; CRLF and LF both end a record.
/// Excel's liberties are read as Excel reads them: a quote inside an unquoted field is a
/// character, and text after a closing quote belongs to the field. A quote left open to the end
/// of the input is taken as a stray: its record is reported (``Record/unclosedQuote``) and reading
/// resumes on the line after the one it opened, so that one bad row costs that row only.
///
/// Hand-written rather than taken from yaslab/CSV.swift: that reader gives no line numbers (a bad
/// row could not be reported where it is) and reads an unclosed quote silently to the end of the
/// file, merging every later row into one field.
public struct DelimitedText {
    public struct Record: Sendable, Hashable {
        /// 1-based line of the input on which the record starts.
        public var line: Int
        public var fields: [String]
        /// The record started with a quote that was never closed: ``fields`` holds its first line
        /// only, read as unquoted text.
        public var unclosedQuote = false
    }

    private let bytes: [UInt8]
    public let delimiter: UInt8
    private var position = 0
    private var line = 1

    public init(utf8 bytes: [UInt8], delimiter: UInt8) {
        self.bytes = bytes
        self.delimiter = delimiter
        // A UTF-8 byte order mark is not part of the first column's name.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// The delimiter of a header line: the most frequent of `,` `;` and tab outside quotes; on a
    /// tie the comma, then the semicolon. A header with none of them (one column) gets a tab, so
    /// that commas in its rows' text stay text.
    public static func sniffDelimiter(_ bytes: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [0x2C: 0, 0x3B: 0, 0x09: 0]
        var quoted = false
        for b in bytes {
            if b == 0x22 { quoted.toggle() }
            if !quoted, b == 0x0A { break }
            if !quoted, counts[b] != nil { counts[b]! += 1 }
        }
        return [UInt8(0x2C), 0x3B, 0x09].max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && $0 > $1) }!
    }

    /// The next record, nil at the end. Blank lines are skipped.
    public mutating func next() -> Record? {
        while position < bytes.count, bytes[position] == 0x0A || bytes[position] == 0x0D {
            if endsLine(at: position) { line += 1 }
            position += 1
        }
        guard position < bytes.count else { return nil }
        let start = (position, line)
        if let record = read(quotesAllowed: true) { return record }
        // A quote never closed: the record again, from its start, its quotes as plain characters,
        // up to the end of its first line.
        (position, line) = start
        var record = read(quotesAllowed: false)!
        record.unclosedQuote = true
        return record
    }

    /// Whether the byte at `i` ends a line: LF, or CR not followed by LF (old Mac files). Lines are
    /// counted so in quoted fields and between records alike.
    private func endsLine(at i: Int) -> Bool {
        bytes[i] == 0x0A || (bytes[i] == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A))
    }

    /// One record from ``position``; nil when a quoted field reaches the end of the input.
    private mutating func read(quotesAllowed: Bool) -> Record? {
        var record = Record(line: line, fields: [])
        var field: [UInt8] = []
        var i = position
        let n = bytes.count
        var atFieldStart = true
        while i < n {
            let b = bytes[i]
            if quotesAllowed, atFieldStart, b == 0x22 {
                // Quoted: up to the closing quote, doubled quotes being one.
                i += 1
                var closed = false
                while i < n {
                    let c = bytes[i]
                    if c == 0x22 {
                        if i + 1 < n, bytes[i + 1] == 0x22 {
                            field.append(0x22)
                            i += 2
                            continue
                        }
                        i += 1
                        closed = true
                        break
                    }
                    if endsLine(at: i) { line += 1 }
                    field.append(c)
                    i += 1
                }
                guard closed else { return nil }
                atFieldStart = false
                continue
            }
            atFieldStart = false
            if b == delimiter {
                record.fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                atFieldStart = true
                i += 1
                continue
            }
            if b == 0x0A || b == 0x0D {
                i += (b == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A) ? 2 : 1
                line += 1
                break
            }
            field.append(b)
            i += 1
        }
        record.fields.append(String(decoding: field, as: UTF8.self))
        position = i
        return record
    }
}
