import CasebookCore
import Foundation

/// The day a build is made on: `SOURCE_DATE_EPOCH` when set (for reproducible builds), else today (UTC).
enum BuildDay {
    static func today(environment: [String: String] = ProcessInfo.processInfo.environment) -> CalendarDay {
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(Int.init) {
            return CalendarDay(secondsSince1970: epoch)
        }
        return CalendarDay(secondsSince1970: Int(Date().timeIntervalSince1970))
    }
}
