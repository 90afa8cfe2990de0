/// Number words and the digits they meet (`docs/search-index.md`, "Numbers"), per language:
/// in English "ten" and "10" are the same term, "third" and "3rd" too; in Spanish "diez" and
/// "10". Only whole words are mapped, so "twenty-five" is two terms, `20` and `5`. The
/// manifest ships the language's table, so the browser maps a typed word the same way.
enum NumberWords {
    static let tables: [String: [String: String]] = ["en": english, "es": spanish]

    /// Each English number word's term: its digits, with `st`, `nd`, `rd` or `th` for an ordinal.
    static let english: [String: String] = {
        let cardinals = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                         "nineteen", "twenty"]
        let tens = ["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                        "eleventh", "twelfth"]
        var terms = table(cardinals, tens: tens)
        for (offset, word) in ordinals.enumerated() {
            let number = offset + 1
            let suffix = number == 1 ? "st" : number == 2 ? "nd" : number == 3 ? "rd" : "th"
            terms[word] = String(number) + suffix
        }
        return terms
    }()

    /// The Spanish cardinals (both genders of one: "uno", "una"), the tens and "cien".
    static let spanish: [String: String] = {
        let cardinals = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
                         "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho",
                         "diecinueve", "veinte"]
        let tens = ["treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
        var terms = table(cardinals, tens: tens)
        terms["una"] = "1"
        terms["cien"] = "100"
        return terms
    }()

    /// Cardinals from zero in order, then the tens from thirty.
    private static func table(_ cardinals: [String], tens: [String]) -> [String: String] {
        var terms: [String: String] = [:]
        for (number, word) in cardinals.enumerated() { terms[word] = String(number) }
        for (offset, word) in tens.enumerated() { terms[word] = String(30 + 10 * offset) }
        return terms
    }
}
