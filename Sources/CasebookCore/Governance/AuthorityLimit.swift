import Foundation

/// The measurable part of an `up_to` value, so limits of one kind can be compared: "$25, once
/// a year" is 25 of "$", "90 days after delivery" is 90 of "day". Free text ("no limit",
/// "with a manager's sign-off") has no measure and never conflicts with anything.
struct AuthorityLimit: Hashable {
    /// A currency sign, or the unit after the number, singular and lowercased.
    var unit: String
    var amount: Decimal

    private static let currencySigns: Set<Character> = ["$", "€", "£", "¥"]

    init?(_ text: String) {
        var rest = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        var currency: String?
        if let first = rest.first, Self.currencySigns.contains(first) {
            currency = String(first)
            rest = rest.dropFirst().drop { $0 == " " }
        }
        let number = rest.prefix { $0.isNumber || $0 == "," || $0 == "." }
        let digits = number.filter { $0 != "," }
        guard !digits.isEmpty, digits.first!.isNumber, let amount = Decimal(string: String(digits)) else { return nil }
        rest = rest.dropFirst(number.count).drop { $0 == " " }
        if let currency {
            unit = currency
        } else {
            var word = String(rest.prefix { $0.isLetter || $0 == "%" }).lowercased()
            if word.count > 1, word.hasSuffix("s") { word.removeLast() }
            guard !word.isEmpty else { return nil }
            unit = word
        }
        self.amount = amount
    }
}
