import CasebookCore
import Foundation
import GitHistory

/// Builds a content repository again and again, as `casebook serve` does after each save,
/// redoing only what a change can affect. The result is always the one a full build gives:
///
/// - An edit to the body of pages (the front matter, links and headings as before) re-reads
///   those files, checks them against the rest, and renders again only those pages and
///   each site's search index; nothing else shows a page's body.
/// - Any other change (front matter, links, headings, a new or deleted file, templates,
///   `casebook.yml`, a failed previous build) is a full build.
///
/// For a revision (`--rev`) every build is a full build of that revision: saves in the
/// working tree do not change it.
public final class IncrementalBuild: @unchecked Sendable {
    public let layout: RepositoryLayout
    let today: CalendarDay
    let history: HistoryOptions
    let themeDirectory: URL?
    /// What the last good build was made of; `nil` until one succeeded.
    private var last: State?

    private struct State {
        var prepared: SiteBuild.Prepared
        var sites: SiteBuild.RenderedSites
        /// The sites as the full build wrote them, changed in place by each page rebuild.
        var sink: MemorySink
        /// Made at the first page rebuild, then kept up to date.
        var checker: ContentValidator.PageChecker?
    }

    /// How the last call to `build` went about it, for the log and for tests.
    public enum Kind: Sendable, Equatable {
        case full
        case pages([PageKey])
        case unchanged
    }

    public private(set) var lastKind: Kind = .full

    public init(root: URL, today: CalendarDay, history: HistoryOptions, themeDirectory: URL? = Theme.defaultDirectory()) {
        layout = RepositoryLayout(root: root, revision: history.revision)
        self.today = today
        self.history = history
        self.themeDirectory = themeDirectory
    }

    /// Builds, given the paths (absolute) that changed since the last call; `nil` means
    /// unknown, which is a full build.
    public func build(changed: [String]? = nil) -> SiteBuild.Result {
        if let changed, var state = last, let keys = pageKeys(changed) {
            if keys.isEmpty {
                lastKind = .unchanged
                return state.sites.result
            }
            // Let go of the stored state, so the page's changes are made in place, not on copies.
            last = nil
            if let result = rebuildPages(keys, in: &state) {
                last = state
                lastKind = .pages(keys)
                return result
            }
        }
        lastKind = .full
        return fullBuild()
    }

    private func fullBuild() -> SiteBuild.Result {
        defer { SiteBuild.removeSnapshot(of: layout) }
        if let failure = SiteBuild.exportRevision(layout, progress: { _ in }) {
            last = nil
            return failure
        }
        let prepared = SiteBuild.prepare(layout, today: today, history: history, lint: false,
                                         themeDirectory: themeDirectory, progress: { _ in })
        guard !prepared.diagnostics.hasErrors else {
            last = nil
            return SiteBuild.Result(tree: nil, diagnostics: prepared.diagnostics, pageCounts: [:])
        }
        let sink = MemorySink()
        var sites = SiteBuild.renderSites(prepared, today: today, into: sink, progress: { _ in })
        guard !sites.result.diagnostics.hasErrors else {
            last = nil
            return sites.result
        }
        let tree = sink.tree
        sites.result.tree = tree
        sites.result.fileCount = tree.files.count
        last = State(prepared: prepared, sites: sites, sink: sink)
        return sites.result
    }

    /// The pages the changed paths are, or `nil` when any of them is something else (a
    /// template, the configuration, a new or deleted file). Hidden files (editors' swap files) are ignored.
    private func pageKeys(_ changed: [String]) -> [PageKey]? {
        var keys = Set<PageKey>()
        for path in changed {
            if (path as NSString).lastPathComponent.hasPrefix(".") { continue }
            guard let key = layout.pageKey(at: path), FileManager.default.fileExists(atPath: path) else { return nil }
            keys.insert(key)
        }
        return keys.sorted()
    }

    /// Takes in new versions of `keys` when only their bodies changed; `nil` when a full
    /// build is needed (and `state` may then be half updated).
    private func rebuildPages(_ keys: [PageKey], in state: inout State) -> SiteBuild.Result? {
        var checker = state.checker ?? ContentValidator.PageChecker(state.prepared.graph)
        var diagnostics = state.prepared.diagnostics.all
        var changedPages: [Page] = []
        for key in keys {
            guard let old = state.prepared.graph.pages.first(where: { $0.key == key }) else { return nil }
            let (loaded, loadDiagnostics) = ContentLoader.reload(key, in: layout, configuration: state.prepared.graph.configuration)
            guard var page = loaded, Self.onlyBodyDiffers(old, page) else { return nil }
            if page.body == old.body { continue }
            page.owner = old.owner
            let (validation, targets) = checker.check(page)
            let pageDiagnostics = loadDiagnostics + validation
            guard !pageDiagnostics.contains(where: { $0.severity == .error }) else { return nil }
            diagnostics.removeAll { $0.path == key.sourcePath }
            diagnostics += pageDiagnostics
            state.prepared.graph.replace(page, linkTargets: targets)
            changedPages.append(page)
        }
        state.checker = checker
        state.prepared.diagnostics = Diagnostics(diagnostics)
        guard refreshUncommitted(&state.prepared.graph, changed: Set(changedPages.map(\.key))) else { return nil }

        state.sites.result.tree = nil
        for audience in [Audience.internal, .public] {
            // The old renderer holds the view too: keep only what it was made with.
            guard let (theme, contentDirectory) = state.sites.renderers.removeValue(forKey: audience).map({ ($0.theme, $0.contentDirectory) }),
                  var view = state.sites.views.removeValue(forKey: audience),
                  var searchIndex = state.sites.searchIndexes.removeValue(forKey: audience) else { return nil }
            var renderedPages: [ViewPage] = []
            for page in changedPages {
                if let viewPage = view.replace(page, in: state.prepared.graph) { renderedPages.append(viewPage) }
            }
            let pageRenderer = SiteRenderer(view: view, theme: theme, contentDirectory: contentDirectory, today: today)
            pageRenderer.renderChanged(renderedPages, searchIndex: &searchIndex, into: state.sink)
            state.sites.views[audience] = view
            state.sites.renderers[audience] = pageRenderer
            state.sites.searchIndexes[audience] = searchIndex
        }
        // The sites' own diagnostics (a linked file unreadable, no sitemap) do not depend on a body.
        let tree = state.sink.tree
        state.sites.result = SiteBuild.Result(tree: tree, diagnostics: Diagnostics(diagnostics + state.sites.siteDiagnostics),
                                              pageCounts: state.sites.result.pageCounts)
        state.sites.result.fileCount = tree.files.count
        return state.sites.result
    }

    /// Sets the "uncommitted changes" mark of the changed pages as `git status` now says; false
    /// when it changed for another page too (or git cannot say), which needs a full build.
    private func refreshUncommitted(_ graph: inout ContentGraph, changed: Set<PageKey>) -> Bool {
        guard history.enabled, history.revision == nil, !changed.isEmpty else { return true }
        guard let now = RepositoryHistory.uncommittedPages(root: layout.root) else { return graph.histories.isEmpty }
        let before = Set(graph.histories.filter { $0.value.hasUncommittedChanges }.keys)
        let flipped = before.symmetricDifference(now)
        guard flipped.isSubset(of: changed) else { return false }
        for key in flipped {
            var history = graph.histories[key] ?? PageHistory()
            history.hasUncommittedChanges = now.contains(key)
            // A page git knows nothing about has no history at all, as in a full build.
            graph.histories[key] = history == PageHistory() ? nil : history
        }
        return true
    }

    /// Whether two versions of a page differ only in what no other page shows: the body,
    /// with the same links (and whether each is inside an internal callout) and headings.
    static func onlyBodyDiffers(_ old: Page, _ new: Page) -> Bool {
        old.frontMatter == new.frontMatter && old.audience == new.audience
            && old.document.links.map(\.destination) == new.document.links.map(\.destination)
            && old.document.links.map(\.insideInternal) == new.document.links.map(\.insideInternal)
            && old.document.anchors.map(\.anchor) == new.document.anchors.map(\.anchor)
            && old.document.anchors.map(\.insideInternal) == new.document.anchors.map(\.insideInternal)
    }
}
