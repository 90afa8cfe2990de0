import CasebookCore

/// Whether a policy's review date has passed on the day of the build.
enum ReviewStatus: String {
    case current, overdue

    init(reviewBy: CalendarDay, today: CalendarDay) {
        self = reviewBy < today ? .overdue : .current
    }

    var label: String {
        switch self {
        case .current: "Current"
        case .overdue: "Overdue for review"
        }
    }
}
