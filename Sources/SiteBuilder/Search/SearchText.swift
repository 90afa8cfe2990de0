/// Words for search, exactly as the browser makes them (`docs/search-index.md`, "Words"):
/// tokens, stop words, number words and a light English stemmer. The theme's `casebook-search-text.js`
/// implements the same steps; `Tests/Fixtures/search-stems.json` holds the cases both must pass.
public enum SearchText {
    /// Common English words left out of the index and of queries.
    public static let stopWords: [String] = [
        "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by",
        "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "his", "how", "i",
        "if", "in", "into", "is", "it", "its", "me", "more", "my", "no", "not", "of", "on", "or", "our", "out",
        "she", "so", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
        "to", "up", "us", "was", "we", "were", "what", "when", "which", "who", "will", "with", "would", "you", "your",
    ]
    private static let stopWordSet = Set(stopWords)

    /// The lowercased runs of letters and digits (Unicode categories L and N, as `\p{L}\p{N}`
    /// in JavaScript), two characters or longer, or a single digit 0–9. A comma between a
    /// digit and exactly three digits groups thousands and joins them: `$2,500` is `2500`.
    public static func tokens(_ text: String) -> [String] {
        var list = TokenList()
        scan(text, into: &list)
        return list.tokens
    }

    /// Hands `sink` the UTF-8 bytes of each token of `text`, without making a string of each
    /// (the index's hot path; no closures, so no captured state to check at run time).
    static func scan<Sink: TokenSink>(_ text: String, into sink: inout Sink) {
        var current: [UInt8] = []
        current.reserveCapacity(64)
        var length = 0
        var text = text
        let isASCII = text.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } }
        if isASCII {
            text.withUTF8 { scanASCII($0, into: &sink, lowercased: &current) }
            return
        }
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar.isASCII {
                let value = UInt8(scalar.value)
                switch value {
                case 0x61...0x7A, 0x30...0x39:
                    current.append(value)
                    length += 1
                    continue
                case 0x41...0x5A:
                    current.append(value + 0x20)
                    length += 1
                    continue
                case UInt8(ascii: ","):
                    if length > 0, isThousandsComma(at: index, count: scalars.count, digit: { isDigit(scalars[$0]) }) { continue }
                default:
                    break
                }
            } else if isWordScalar(scalar) {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { current.append(contentsOf: UTF8.encode(lower)!) }
                length += 1
                continue
            }
            endToken(&current, length: length, into: &sink)
            length = 0
        }
        endToken(&current, length: length, into: &sink)
    }

    /// What each ASCII byte is to the tokenizer: 0 between words, 1 a lowercase letter or
    /// digit, 2 an uppercase letter.
    private static let asciiClasses: [UInt8] = (0..<128).map { byte -> UInt8 in
        switch byte {
        case 0x61...0x7A, 0x30...0x39: 1
        case 0x41...0x5A: 2
        default: 0
        }
    }

    /// `scan` for ASCII text: a token without uppercase letters is handed over in place, the
    /// others lowercased into `lowercased`.
    private static func scanASCII<Sink: TokenSink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout Sink,
                                                   lowercased: inout [UInt8]) {
        asciiClasses.withUnsafeBufferPointer { classes in
            var index = 0
            let count = bytes.count
            while index < count {
                while index < count, classes[Int(bytes[index])] == 0 { index += 1 }
                let start = index
                var mustCopy = false
                while index < count {
                    let kind = classes[Int(bytes[index])]
                    if kind == 0 {
                        guard index > start, bytes[index] == UInt8(ascii: ","),
                              isThousandsComma(at: index, count: count, digit: { isDigitByte(bytes[$0]) }) else { break }
                        mustCopy = true
                    }
                    mustCopy = mustCopy || kind == 2
                    index += 1
                }
                guard index - start >= 2 || (index - start == 1 && isDigitByte(bytes[start])) else { continue }
                let token = UnsafeBufferPointer(rebasing: bytes[start..<index])
                if !mustCopy {
                    sink.take(token)
                    continue
                }
                lowercased.removeAll(keepingCapacity: true)
                for byte in token where byte != UInt8(ascii: ",") {
                    lowercased.append(classes[Int(byte)] == 2 ? byte + 0x20 : byte)
                }
                lowercased.withUnsafeBufferPointer { sink.take($0) }
            }
        }
    }

    /// Hands over the token in `current` (`length` characters) when it is two characters or
    /// longer or a single digit, and empties it.
    @inline(__always)
    private static func endToken<Sink: TokenSink>(_ current: inout [UInt8], length: Int, into sink: inout Sink) {
        if length >= 2 || (length == 1 && current.count == 1 && isDigitByte(current[0])) {
            current.withUnsafeBufferPointer { sink.take($0) }
        }
        current.removeAll(keepingCapacity: true)
    }

    /// Whether the comma at `index`, in a token whose last character is before it, separates
    /// thousands: a digit before it and exactly three digits after it (`digit` says whether
    /// the character at a position is an ASCII digit).
    @inline(__always)
    private static func isThousandsComma(at index: Int, count: Int, digit: (Int) -> Bool) -> Bool {
        guard index > 0, index + 3 < count, digit(index - 1), digit(index + 1), digit(index + 2), digit(index + 3)
        else { return false }
        return index + 4 == count || !digit(index + 4)
    }

    private static func isDigitByte(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// Whether a token is left out of the index and of queries.
    static func isStopWord(_ token: String) -> Bool {
        stopWordSet.contains(token)
    }

    /// The terms a query's text is searched for: its tokens without stop words, each a number
    /// word's digits (`NumberWords`) or else its stem.
    public static func terms(_ text: String) -> [String] {
        tokens(text).compactMap(queryTerm)
    }

    /// What a token is searched as: `nil` for a stop word, a number word's digits, else its stem.
    static func queryTerm(_ token: String) -> String? {
        isStopWord(token) ? nil : NumberWords.terms[token] ?? stem(token)
    }

    /// The terms a token is indexed under: a number word under its digits and its stem (so that
    /// "fiv" still finds "five" as it is typed), any other word under its stem, a stop word under none.
    static func indexTerms(_ token: String) -> [String] {
        guard !isStopWord(token) else { return [] }
        guard let number = NumberWords.terms[token] else { return [stem(token)] }
        return [number, stem(token)]
    }

    /// A light English stemmer: plural `s`, `ing`/`ed` and a final `e`, so that "waive",
    /// "waived" and "waiving" meet in "waiv", and "fees" in "fee".
    public static func stem(_ word: String) -> String {
        var bytes = word
        return bytes.withUTF8 { utf8 in utf8.allSatisfy { $0 < 0x80 } ? stemASCII(utf8) : stemCharacters(word) }
    }

    /// `stem` on characters, for any word.
    static func stemCharacters(_ word: String) -> String {
        var letters = Array(word)
        guard letters.count >= 4 else { return word }
        if letters.hasSuffix("ies") && letters.count > 4 {
            letters.removeLast(3)
            letters.append("y")
        } else if letters.hasSuffix("sses") {
            letters.removeLast(2)
        } else if letters.last == "s", !letters.hasSuffix("ss"), !letters.hasSuffix("us"), !letters.hasSuffix("is") {
            letters.removeLast()
        }
        for suffix in ["ing", "ed"] where letters.hasSuffix(suffix) {
            let stemmed = Array(letters.dropLast(suffix.count))
            if stemmed.count >= 3, stemmed.contains(where: isVowel) {
                letters = stemmed
                if let last = letters.last, letters.count >= 2, letters[letters.count - 2] == last,
                   !isVowel(last), !"lsz".contains(last) {
                    letters.removeLast()
                }
            }
            break
        }
        if letters.last == "e", letters.count >= 5 { letters.removeLast() }
        return String(letters)
    }

    /// `stem` for an all-ASCII word, on its bytes (the index's hot path): the same steps.
    /// Every step but one shortens the word, and after that one ("ies" → "y") no other
    /// applies, so the stem is a prefix of the word, or a prefix and "y".
    static func stemASCII(_ word: UnsafeBufferPointer<UInt8>) -> String {
        var length = word.count
        guard length >= 4 else { return String(decoding: word, as: UTF8.self) }
        func ends(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard length >= count else { return false }
            for offset in 0..<count where word[length - count + offset] != suffix.utf8Start[offset] { return false }
            return true
        }
        if ends("ies") && length > 4 {
            return String(decoding: UnsafeBufferPointer(rebasing: word[..<(length - 3)]), as: UTF8.self) + "y"
        } else if ends("sses") {
            length -= 2
        } else if word[length - 1] == UInt8(ascii: "s"), !ends("ss"), !ends("us"), !ends("is") {
            length -= 1
        }
        let suffix = ends("ing") ? 3 : ends("ed") ? 2 : 0
        if suffix > 0 {
            let stemmed = length - suffix
            if stemmed >= 3, word[..<stemmed].contains(where: isVowelByte) {
                length = stemmed
                let last = word[length - 1]
                if length >= 2, word[length - 2] == last, !isVowelByte(last),
                   last != UInt8(ascii: "l"), last != UInt8(ascii: "s"), last != UInt8(ascii: "z") {
                    length -= 1
                }
            }
        }
        if length >= 5, word[length - 1] == UInt8(ascii: "e") { length -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: word[..<length]), as: UTF8.self)
    }

    private static func isVowelByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"): true
        default: false
        }
    }

    private static func isVowel(_ character: Character) -> Bool {
        "aeiouy".contains(character)
    }
}

private extension Array where Element == Character {
    func hasSuffix(_ suffix: String) -> Bool {
        let tail = Array(suffix)
        return count >= tail.count && Array(self[(count - tail.count)...]) == tail
    }
}

/// What takes the tokens of a text from `SearchText.scan`, as UTF-8 bytes valid during the call.
protocol TokenSink {
    mutating func take(_ token: UnsafeBufferPointer<UInt8>)
}

/// The tokens as strings, in order.
struct TokenList: TokenSink {
    var tokens: [String] = []

    mutating func take(_ token: UnsafeBufferPointer<UInt8>) {
        tokens.append(String(decoding: token, as: UTF8.self))
    }
}
