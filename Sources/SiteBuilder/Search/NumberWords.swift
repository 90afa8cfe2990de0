/// English number words and the digits they meet (`docs/search-index.md`, "Numbers"): "ten"
/// and "10" are the same term, "third" and "3rd" too. Only whole words are mapped, so
/// "twenty-five" is two terms, `20` and `5`. The theme's `casebook-search-text.js` holds the
/// same table.
enum NumberWords {
    /// Each number word's term: its digits, with `st`, `nd`, `rd` or `th` for an ordinal.
    static let terms: [String: String] = {
        let cardinals = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                         "nineteen", "twenty"]
        let tens = ["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                        "eleventh", "twelfth"]
        var terms: [String: String] = [:]
        for (number, word) in cardinals.enumerated() { terms[word] = String(number) }
        for (offset, word) in tens.enumerated() { terms[word] = String(30 + 10 * offset) }
        for (offset, word) in ordinals.enumerated() {
            let number = offset + 1
            let suffix = number == 1 ? "st" : number == 2 ? "nd" : number == 3 ? "rd" : "th"
            terms[word] = String(number) + suffix
        }
        return terms
    }()
}
