import CasebookCore

/// The first stage of a rebuild after an edit to the bodies of pages: reads those pages again
/// and checks them against the rest, in place of `ReadRepository`. Any other change (front
/// matter, links, headings, an error) could change other pages, and needs a full build.
struct RereadPages: BuildStage {
    let keys: [PageKey]
    var makesOutput: Bool { false }

    func run(_ context: BuildContext) throws(BuildStop) {
        var checker = context.pageChecker ?? ContentValidator.PageChecker(context.graph)
        var diagnostics = context.diagnostics.all
        var changed: [Page] = []
        for key in keys {
            guard let old = context.graph.pages.first(where: { $0.key == key }) else { throw .needsFullBuild }
            let (loaded, loadDiagnostics) = ContentLoader.reload(key, in: context.layout, configuration: context.graph.configuration)
            guard var page = loaded, Self.onlyBodyDiffers(old, page) else { throw .needsFullBuild }
            if page.contentHash == old.contentHash { continue }
            page.owner = old.owner
            let (validation, targets) = checker.check(page)
            let pageDiagnostics = loadDiagnostics + validation
            guard !pageDiagnostics.contains(where: { $0.severity == .error }) else { throw .needsFullBuild }
            diagnostics.removeAll { $0.path == key.sourcePath }
            diagnostics += pageDiagnostics
            context.graph.replace(page, linkTargets: targets)
            changed.append(page)
        }
        context.pageChecker = checker
        context.diagnostics = Diagnostics(diagnostics)
        context.changedPages = changed
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
