import CasebookCore
import Foundation
import SiteBuilder

/// Builds a content repository again and again, as `casebook serve` does after each save,
/// redoing only what a change can affect. The result is always the one a full build gives:
///
/// - An edit to the body of pages (the front matter, links and headings as before) runs
///   `BuildPlan.pages` over the last good build: those files are read and checked again,
///   and only their pages and the search index files they touch are rendered again, into
///   the same output; nothing else shows a page's body.
/// - Any other change (front matter, links, headings, a new or deleted file, templates,
///   `casebook.yml`, a failed previous build) is a full build.
///
/// For a revision (`--rev`) every build is a full build of that revision: saves in the
/// working tree do not change it.
public final class IncrementalBuild: @unchecked Sendable {
    public let layout: RepositoryLayout
    let options: BuildOptions
    /// The last good build, kept in memory; `nil` until one succeeded.
    private var last: BuildContext?

    /// How the last call to `build` went about it, for the log and for tests.
    public enum Kind: Sendable, Equatable {
        case full
        case pages([PageKey])
        case unchanged
    }

    public private(set) var lastKind: Kind = .full

    public init(root: URL, today: CalendarDay, history: HistoryOptions, themeDirectory: URL? = Theme.defaultDirectory()) {
        layout = RepositoryLayout(root: root, revision: history.revision)
        options = BuildOptions(today: today, history: history, lint: false, themeDirectory: themeDirectory)
    }

    /// Builds, given the paths (absolute) that changed since the last call; `nil` means
    /// unknown, which is a full build.
    public func build(changed: [String]? = nil) -> BuildResult {
        if let changed, let context = last, let keys = pageKeys(changed) {
            if keys.isEmpty {
                lastKind = .unchanged
                return context.result
            }
            // A rebuild that stops half way leaves the context half updated: it is not kept.
            last = nil
            if (try? context.run(BuildPlan.pages(keys))) != nil {
                last = context
                lastKind = .pages(keys)
                return context.result
            }
        }
        lastKind = .full
        let context = BuildContext(layout: layout, options: options, destination: .memory)
        try? context.run(BuildPlan.full(lint: false, revision: layout.revision))
        last = context.tree == nil ? nil : context
        return context.result
    }

    /// The pages the changed paths are, or `nil` when any of them is something else (a
    /// template, the configuration, a new or deleted file, a file outside the revision
    /// built). Hidden files (editors' swap files) are ignored.
    private func pageKeys(_ changed: [String]) -> [PageKey]? {
        var keys = Set<PageKey>()
        for path in changed {
            if (path as NSString).lastPathComponent.hasPrefix(".") { continue }
            guard let key = layout.pageKey(at: path), FileManager.default.fileExists(atPath: path) else { return nil }
            keys.insert(key)
        }
        return keys.sorted()
    }
}
