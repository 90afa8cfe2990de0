/// Words for search, exactly as the browser makes them (`docs/search-index.md`, "Words"):
/// tokens, stop words and a light English stemmer. `casebook.js` implements the same steps;
/// `Tests/Fixtures/search-stems.json` holds the cases both must pass.
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
        var current = String.UnicodeScalarView()
        var length = 0
        func finish() {
            if length >= 2 { tokens.append(String(current)) }
            current = String.UnicodeScalarView()
            length = 0
        }
        for scalar in text.lowercased().unicodeScalars {
            if isWordScalar(scalar) {
                current.append(scalar)
                length += 1
            } else if length > 0 || !current.isEmpty {
                finish()
            }
        }
        finish()
        return tokens
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || ("A"..."Z").contains(scalar)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// The indexed terms of a text: tokens without stop words, stemmed.
    public static func terms(_ text: String) -> [String] {
        tokens(text).filter { !stopWordSet.contains($0) }.map(stem)
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
