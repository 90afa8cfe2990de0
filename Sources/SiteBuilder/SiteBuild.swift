import CasebookCore
import Foundation
import GitHistory

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
    /// are overdue for review; `lint` adds the writers' checks of `ContentLinter`; `progress`
    /// hears what the build is doing, for a status line.
    public static func run(root: URL, today: CalendarDay, history: HistoryOptions = HistoryOptions(),
                           lint: Bool = false, themeDirectory: URL? = Theme.defaultDirectory(),
                           progress: (String) -> Void = { _ in }) -> Result {
        guard let revision = history.revision else {
            return build(contentRoot: root, historyRoot: root, today: today, history: history, lint: lint,
                         themeDirectory: themeDirectory, progress: progress)
        }
        progress("Reading revision \(revision)")
        let snapshot = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-rev-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: snapshot) }
        do {
            try RevisionExport.export(root: root, revision: revision, to: snapshot)
        } catch {
            return Result(tree: nil, diagnostics: Diagnostics([Diagnostic(.error, "content", "\(error)")]), pageCounts: [:])
        }
        return build(contentRoot: snapshot, historyRoot: root, today: today, history: history, lint: lint,
                     themeDirectory: themeDirectory, progress: progress)
    }

    private static func build(contentRoot: URL, historyRoot: URL, today: CalendarDay, history: HistoryOptions,
                              lint: Bool, themeDirectory: URL?, progress: (String) -> Void) -> Result {
        let prepared = prepare(contentRoot: contentRoot, historyRoot: historyRoot, today: today, history: history,
                               lint: lint, themeDirectory: themeDirectory, progress: progress)
        guard !prepared.diagnostics.hasErrors else {
            return Result(tree: nil, diagnostics: prepared.diagnostics, pageCounts: [:])
        }
        return renderSites(prepared, today: today, progress: progress).result
    }

    /// The content graph with its history, the theme, and what was found wrong on the way.
    struct Prepared {
        var graph: ContentGraph
        var theme: Theme
        var diagnostics: Diagnostics
    }

    static func prepare(contentRoot: URL, historyRoot: URL, today: CalendarDay, history: HistoryOptions,
                        lint: Bool, themeDirectory: URL?, progress: (String) -> Void) -> Prepared {
        progress("Reading content and history")
        // git works in its own process while the pages are parsed.
        let gitReading = history.enabled ? BackgroundValue { RepositoryHistory.read(root: historyRoot, revision: history.revision) } : nil
        var (graph, diagnostics) = ContentRepository.load(root: contentRoot)
        if lint { diagnostics.append(contentsOf: ContentLinter.lint(graph, today: today)) }
        let (theme, themeDiagnostics) = Theme.load(root: contentRoot, defaultDirectory: themeDirectory)
        diagnostics.append(contentsOf: themeDiagnostics)
        if let gitReading {
            let reading = gitReading.value
            graph.histories = reading.histories
            if let problem = reading.problem {
                diagnostics.append(Diagnostic(history.required ? .error : .warning, "content", problem))
            }
        }
        return Prepared(graph: graph, theme: theme, diagnostics: diagnostics)
    }

    /// Both sites rendered, with the views and search indexes they were made from.
    struct RenderedSites {
        var result: Result
        var views: [Audience: AudienceView] = [:]
        var renderers: [Audience: SiteRenderer] = [:]
        var searchIndexes: [Audience: SearchIndex] = [:]
        /// What rendering found (a linked file unreadable, no sitemap), apart from the content's diagnostics.
        var siteDiagnostics: [Diagnostic] = []
    }

    static func renderSites(_ prepared: Prepared, today: CalendarDay, progress: (String) -> Void) -> RenderedSites {
        let graph = prepared.graph
        var diagnostics = prepared.diagnostics
        var sites = RenderedSites(result: Result(tree: nil, diagnostics: diagnostics, pageCounts: [:]))
        var tree = OutputTree()
        var counts: [Audience: Int] = [:]
        for audience in [Audience.internal, .public] {
            progress("Rendering the \(audience == .internal ? "staff guide" : "help center") (\(graph.pages.count) pages read)")
            let view = AudienceView(graph: graph, audience: audience)
            let renderer = SiteRenderer(view: view, theme: prepared.theme, contentDirectory: graph.contentDirectory, today: today)
            let (site, siteDiagnostics, searchIndex) = renderer.render()
            diagnostics.append(contentsOf: siteDiagnostics)
            sites.siteDiagnostics += siteDiagnostics
            tree.merge(site, under: audience.rawValue)
            counts[audience] = view.pages.count
            sites.views[audience] = view
            sites.renderers[audience] = renderer
            sites.searchIndexes[audience] = searchIndex
        }
        sites.result = Result(tree: diagnostics.hasErrors ? nil : tree, diagnostics: diagnostics, pageCounts: counts)
        return sites
    }
}
