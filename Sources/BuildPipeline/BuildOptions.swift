import CasebookCore
import Foundation

/// How a build is to be made, apart from where its files go.
struct BuildOptions {
    /// The day that decides which policies are overdue for review.
    var today: CalendarDay
    var history: HistoryOptions
    /// Whether to add the writers' checks of `ContentLinter` (`casebook check`).
    var lint: Bool
    /// The default theme, under the repository's own templates.
    var themeDirectory: URL?
}
