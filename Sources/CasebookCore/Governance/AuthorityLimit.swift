import Foundation

/// The measurable part of an `up_to` value, so limits of one kind can be compared: "$25, once
/// a year" is 25 of "$", "90 days after delivery" is 90 of "day". Free text ("no limit",
/// "with a manager's sign-off") has no measure and never conflicts with anything.
public struct AuthorityLimit: Hashable, Sendable {
    /// A currency sign, or the unit after the number, singular and lowercased.
    public var unit: String
    public var amount: Decimal

    private static let currencySigns: Set<Character> = ["$", "€", "£", "¥"]

    /// Words that open an `up_to` with no ceiling: "any amount (a correction)", "no limit".
    private static let unlimitedOpenings = ["any amount", "no limit", "unlimited", "without limit"]

    /// True when the value sets no ceiling, so whoever holds it may approve any amount.
    public static func isUnlimited(_ text: String) -> Bool {
        let lowered = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return unlimitedOpenings.contains { lowered.hasPrefix($0) }
    }

    public init?(_ text: String) {
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
