import CasebookCore
import Foundation
import SiteBuilder

/// A whole build: content repository in, both sites (or diagnostics) out, into memory or
/// streamed to a staging folder (`OutputDestination`), through the stages of `BuildPlan.full`.
public enum SiteBuild {
    /// Loads, validates and renders the repository at `root`. `today` decides which policies
    /// are overdue for review; `lint` adds the writers' checks of `ContentLinter`; `progress`
    /// hears what the build is doing, for a status line.
    public static func run(root: URL, today: CalendarDay, history: HistoryOptions = HistoryOptions(),
                           lint: Bool = false, themeDirectory: URL? = Theme.defaultDirectory(),
                           destination: OutputDestination = .memory,
                           progress: @escaping (String) -> Void = { _ in }) -> BuildResult {
        let layout = RepositoryLayout(root: root, revision: history.revision)
        let options = BuildOptions(today: today, history: history, lint: lint, themeDirectory: themeDirectory)
        let context = BuildContext(layout: layout, options: options, destination: destination, progress: progress)
        // A stage that stops the build has said why in the context.
        try? context.run(BuildPlan.full(lint: lint, revision: layout.revision))
        return context.result
    }
}
