import CasebookCore
import Foundation

/// A whole build as a pure function: content repository in, both sites (or diagnostics) out.
/// Nothing is written to disk here; see `SiteWriter`.
public enum SiteBuild {
    /// What a build produced.
    public struct Result: Sendable {
        /// `internal/...` and `public/...`; `nil` when there were errors.
        public var tree: OutputTree?
        public var diagnostics: Diagnostics
        /// Pages per site, for the closing line.
        public var pageCounts: [Audience: Int]
    }

    /// Loads, validates and renders the repository at `root`. `today` decides which policies
    /// are overdue for review; `progress` hears what the build is doing, for a status line.
    public static func run(root: URL, today: CalendarDay, themeDirectory: URL? = Theme.defaultDirectory(),
                           progress: (String) -> Void = { _ in }) -> Result {
        progress("Reading content")
        let (graph, contentDiagnostics) = ContentRepository.load(root: root)
        var diagnostics = contentDiagnostics
        let (theme, themeDiagnostics) = Theme.load(root: root, defaultDirectory: themeDirectory)
        diagnostics.append(contentsOf: themeDiagnostics)
        guard !diagnostics.hasErrors else { return Result(tree: nil, diagnostics: diagnostics, pageCounts: [:]) }

        var tree = OutputTree()
        var counts: [Audience: Int] = [:]
        for audience in [Audience.internal, .public] {
            progress("Rendering the \(audience == .internal ? "staff guide" : "help center") (\(graph.pages.count) pages read)")
            let view = AudienceView(graph: graph, audience: audience)
            let renderer = SiteRenderer(view: view, theme: theme, contentDirectory: graph.contentDirectory, today: today)
            let (site, siteDiagnostics) = renderer.render()
            diagnostics.append(contentsOf: siteDiagnostics)
            tree.merge(site, under: audience.rawValue)
            counts[audience] = view.pages.count
        }
        return Result(tree: diagnostics.hasErrors ? nil : tree, diagnostics: diagnostics, pageCounts: counts)
    }
}
