/// Words for search, exactly as the browser makes them (`docs/search-index.md`, "Words"):
/// tokens, stop words and a light English stemmer. The theme's `casebook-search-text.js`
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
    /// in JavaScript), two characters or longer.
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        forEachToken(in: text) { tokens.append($0) }
        return tokens
    }

    /// Calls `body` with each token of `text`, without collecting them (the index's hot path).
    static func forEachToken(in text: String, _ body: (String) -> Void) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            forEachASCIIToken(in: text, body)
            return
        }
        var current = String.UnicodeScalarView()
        var length = 0
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                    current.append(scalar)
                    length += 1
                    continue
                }
                if (0x41...0x5A).contains(value) {
                    current.append(Unicode.Scalar(value + 0x20)!)
                    length += 1
                    continue
                }
            } else if isWordScalar(scalar) {
                current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                length += 1
                continue
            }
            if length >= 2 { body(String(current)) }
            if length > 0 {
                current.removeAll(keepingCapacity: true)
                length = 0
            }
        }
        if length >= 2 { body(String(current)) }
    }

    /// The same as `forEachToken`, byte by byte, for text that is all ASCII.
    private static func forEachASCIIToken(in text: String, _ body: (String) -> Void) {
        var current: [UInt8] = []
        current.reserveCapacity(32)
        for byte in text.utf8 {
            switch byte {
            case 0x61...0x7A, 0x30...0x39: current.append(byte)
            case 0x41...0x5A: current.append(byte + 0x20)
            default:
                if current.count >= 2 { body(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
            }
        }
        if current.count >= 2 { body(String(decoding: current, as: UTF8.self)) }
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

    /// The indexed terms of a text: tokens without stop words, stemmed.
    public static func terms(_ text: String) -> [String] {
        tokens(text).filter { !isStopWord($0) }.map(stem)
    }

    /// A light English stemmer: plural `s`, `ing`/`ed` and a final `e`, so that "waive",
    /// "waived" and "waiving" meet in "waiv", and "fees" in "fee".
    public static func stem(_ word: String) -> String {
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
