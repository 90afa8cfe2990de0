import Foundation

/// A date without a time, written `YYYY-MM-DD` in front matter. Days are counted in
/// Foundation's Gregorian calendar in UTC; a site writes them for its language with
/// `StringTable.day(_:)`.
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// The calendar days are counted in: Gregorian, in UTC.
    public static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// Parses exactly `YYYY-MM-DD` naming a real day; anything else is `nil`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1
        else { return nil }
        self.init(year: year, month: month, day: day)
        // Foundation rolls a day past the month's end over into the next month.
        guard CalendarDay(date) == self else { return nil }
    }

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The UTC day a moment falls on.
    public init(_ date: Date) {
        let parts = Self.calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    /// The UTC day a moment falls on, from seconds since 1970.
    public init(secondsSince1970 seconds: Int) {
        self.init(Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// Midnight UTC at the start of the day.
    public var date: Date {
        Self.calendar.date(from: DateComponents(year: year, month: month, day: day)) ?? Date(timeIntervalSince1970: 0)
    }

    /// Days since 1970-01-01 (negative before), the inverse of `init(secondsSince1970:)`.
    public var daysSince1970: Int {
        Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    /// `2026-03-01`
    public var iso: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
