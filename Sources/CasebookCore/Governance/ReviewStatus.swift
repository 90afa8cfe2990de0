/// Where a policy stands against its review date on a given day.
public enum ReviewStatus: String, Sendable, CaseIterable, Comparable {
    /// Past its `review_by` date.
    case overdue
    /// Due within `ReviewStatus.soonDays` days.
    case dueSoon = "due-soon"
    case current
    /// No `review_by` date at all.
    case unscheduled

    /// How many days ahead a review counts as due soon.
    public static let soonDays = 30

    public init(reviewBy: CalendarDay?, today: CalendarDay) {
        guard let reviewBy else {
            self = .unscheduled
            return
        }
        let daysLeft = reviewBy.daysSince1970 - today.daysSince1970
        self = daysLeft < 0 ? .overdue : daysLeft <= Self.soonDays ? .dueSoon : .current
    }

    /// Most urgent first: overdue, due soon, current, unscheduled.
    public static func < (lhs: ReviewStatus, rhs: ReviewStatus) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
