import CasebookCore
import Foundation
import GitHistory

/// Where a build's files go.
public enum OutputDestination: Sendable {
    /// Kept in memory, in `SiteBuild.Result.tree` (`casebook serve`, tests).
    case memory
    /// Written into a staging folder as they are rendered, then swapped in for this folder
    /// (`casebook build`); on errors the folder is left as it was.
    case folder(URL)
    /// Rendered and dropped (`casebook check`).
    case nowhere
}

/// A whole build: content repository in, both sites (or diagnostics) out, into memory or
/// streamed to a staging folder (`OutputDestination`).
public enum SiteBuild {
    /// What a build produced.
    public struct Result: Sendable {
        /// `internal/...` and `public/...` of a build into memory; `nil` when there were errors.
        public var tree: OutputTree?
        public var diagnostics: Diagnostics
        /// Pages per site, for the closing line.
        public var pageCounts: [Audience: Int]
        /// How many files the sites have (when built without errors).
        public var fileCount = 0
        /// Why a build into a folder could not be written there; the folder is left as it was.
        public var writeFailure: String?

        public init(tree: OutputTree?, diagnostics: Diagnostics, pageCounts: [Audience: Int]) {
            self.tree = tree
            self.diagnostics = diagnostics
            self.pageCounts = pageCounts
        }
    }

    /// Loads, validates and renders the repository at `root`. `today` decides which policies
    /// are overdue for review; `lint` adds the writers' checks of `ContentLinter`; `progress`
    /// hears what the build is doing, for a status line.
    public static func run(root: URL, today: CalendarDay, history: HistoryOptions = HistoryOptions(),
                           lint: Bool = false, themeDirectory: URL? = Theme.defaultDirectory(),
                           destination: OutputDestination = .memory,
                           progress: (String) -> Void = { _ in }) -> Result {
        let layout = RepositoryLayout(root: root, revision: history.revision)
        defer { removeSnapshot(of: layout) }
        if let failure = exportRevision(layout, progress: progress) { return failure }
        return build(layout, today: today, history: history, lint: lint, themeDirectory: themeDirectory,
                     destination: destination, progress: progress)
    }

    /// Exports the revision `layout` reads, if any, into its snapshot folder; a result with
    /// the error when the revision cannot be read.
    static func exportRevision(_ layout: RepositoryLayout, progress: (String) -> Void) -> Result? {
        guard let revision = layout.revision, let snapshot = layout.snapshot else { return nil }
        progress("Reading revision \(revision)")
        do {
            try RevisionExport.export(root: layout.root, revision: revision, to: snapshot)
        } catch {
            return Result(tree: nil, diagnostics: Diagnostics([Diagnostic(.error, "content", "\(error)")]), pageCounts: [:])
        }
        return nil
    }

    /// Removes the folder a revision was exported to, once the build is done with it.
    static func removeSnapshot(of layout: RepositoryLayout) {
        if let snapshot = layout.snapshot { try? FileManager.default.removeItem(at: snapshot) }
    }

    private static func build(_ layout: RepositoryLayout, today: CalendarDay, history: HistoryOptions,
                              lint: Bool, themeDirectory: URL?, destination: OutputDestination,
                              progress: (String) -> Void) -> Result {
        let prepared = prepare(layout, today: today, history: history, lint: lint, themeDirectory: themeDirectory,
                               progress: progress)
        guard !prepared.diagnostics.hasErrors else {
            return Result(tree: nil, diagnostics: prepared.diagnostics, pageCounts: [:])
        }
        switch destination {
        case .memory:
            let sink = MemorySink()
            var result = renderSites(prepared, today: today, into: sink, progress: progress).result
            if !result.diagnostics.hasErrors {
                let tree = sink.tree
                result.tree = tree
                result.fileCount = tree.files.count
            }
            return result
        case .nowhere:
            let sink = DiscardingSink()
            var result = renderSites(prepared, today: today, into: sink, progress: progress).result
            result.fileCount = sink.fileCount
            return result
        case .folder(let folder):
            let staging: StagingFolder
            do {
                staging = try StagingFolder(replacing: folder)
            } catch {
                var result = Result(tree: nil, diagnostics: prepared.diagnostics, pageCounts: [:])
                result.writeFailure = "\(error)"
                return result
            }
            var result = renderSites(prepared, today: today, into: staging, progress: progress).result
            guard !result.diagnostics.hasErrors else {
                staging.discard()
                return result
            }
            progress("Writing \(folder.path)")
            do {
                try staging.commit()
                result.fileCount = staging.fileCount
            } catch {
                result.writeFailure = "\(error)"
            }
            return result
        }
    }

    /// The content graph with its history, the theme, and what was found wrong on the way.
    struct Prepared {
        var graph: ContentGraph
        var theme: Theme
        var diagnostics: Diagnostics
        /// Where linked files are copied from.
        var contentDirectory: URL
    }

    static func prepare(_ layout: RepositoryLayout, today: CalendarDay, history: HistoryOptions,
                        lint: Bool, themeDirectory: URL?, progress: (String) -> Void) -> Prepared {
        progress("Reading content and history")
        // git works in its own process while the pages are parsed.
        let gitReading = history.enabled ? BackgroundValue { RepositoryHistory.read(root: layout.root, revision: layout.revision) } : nil
        var (graph, diagnostics) = ContentRepository.load(layout)
        if lint { diagnostics.append(contentsOf: ContentLinter.lint(graph, today: today)) }
        let (theme, themeDiagnostics) = Theme.load(layout, defaultDirectory: themeDirectory)
        diagnostics.append(contentsOf: themeDiagnostics)
        if let gitReading {
            let reading = gitReading.value
            graph.histories = reading.histories
            if let problem = reading.problem {
                diagnostics.append(Diagnostic(history.required ? .error : .warning, "content", problem))
            }
        }
        return Prepared(graph: graph, theme: theme, diagnostics: diagnostics, contentDirectory: layout.content)
    }

    /// Both sites rendered into a sink, with the views and search indexes they were made from.
    struct RenderedSites {
        var result: Result
        var views: [Audience: AudienceView] = [:]
        var renderers: [Audience: SiteRenderer] = [:]
        var searchIndexes: [Audience: SearchIndex] = [:]
        /// What rendering found (a linked file unreadable, no sitemap), apart from the content's diagnostics.
        var siteDiagnostics: [Diagnostic] = []
    }

    static func renderSites(_ prepared: Prepared, today: CalendarDay, into sink: OutputSink,
                            progress: (String) -> Void) -> RenderedSites {
        let graph = prepared.graph
        var diagnostics = prepared.diagnostics
        var sites = RenderedSites(result: Result(tree: nil, diagnostics: diagnostics, pageCounts: [:]))
        var counts: [Audience: Int] = [:]
        for audience in [Audience.internal, .public] {
            progress("Rendering the \(audience == .internal ? "staff guide" : "help center") (\(graph.pages.count) pages read)")
            let view = AudienceView(graph: graph, audience: audience)
            let renderer = SiteRenderer(view: view, theme: prepared.theme, contentDirectory: prepared.contentDirectory, today: today)
            let (siteDiagnostics, searchIndex) = renderer.render(into: sink)
            diagnostics.append(contentsOf: siteDiagnostics)
            sites.siteDiagnostics += siteDiagnostics
            counts[audience] = view.pages.count
            sites.views[audience] = view
            sites.renderers[audience] = renderer
            sites.searchIndexes[audience] = searchIndex
        }
        sites.result = Result(tree: nil, diagnostics: diagnostics, pageCounts: counts)
        return sites
    }
}
