import CUchardet

/// Guesses the encoding of bytes that declare none and are not UTF-8, with uchardet (what
/// resiliparse uses), as browsers guess before falling back to windows-1252.
///
/// uchardet reads short Western European text as a Central European charset as readily as the
/// right one (`développement` → ISO-8859-2, where `è` would become `č`). So a guess of another
/// Latin single-byte charset is kept only when it reads the text better than windows-1252 does:
/// when more of the non-ASCII bytes that stand inside words decode to letters. Text in a Latin
/// alphabet decoded with the wrong Latin charset turns some letters into symbols (`ł` into `³`);
/// windows-1252 French decoded as ISO-8859-2 stays letters, and the tie goes to windows-1252.
enum CharsetDetector {
    static func guess(_ bytes: [UInt8]) -> WebEncoding? {
        guard let detector = uchardet_new() else { return nil }
        defer { uchardet_delete(detector) }
        let fed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                uchardet_handle_data(detector, $0, buffer.count)
            }
        }
        guard fed == 0 else { return nil }
        uchardet_data_end(detector)
        guard let name = uchardet_get_charset(detector), let encoding = WebEncoding(label: String(cString: name)) else { return nil }
        if encoding.isLatinSingleByte, encoding != .windows1252 {
            return wordLetters(bytes, encoding) > wordLetters(bytes, .windows1252) ? encoding : .windows1252
        }
        return encoding
    }

    /// How many non-ASCII bytes standing between two ASCII letters decode to a letter.
    static func wordLetters(_ bytes: [UInt8], _ encoding: WebEncoding) -> Int {
        func isASCIILetter(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }
        var inside: [UInt8] = []
        for i in bytes.indices.dropFirst().dropLast() where bytes[i] >= 0x80 && isASCIILetter(bytes[i - 1]) && isASCIILetter(bytes[i + 1]) {
            inside.append(bytes[i])
            inside.append(0x20)
        }
        return IconvDecoder.decode(inside, encoding).text.unicodeScalars.filter { $0.properties.isAlphabetic }.count
    }
}
