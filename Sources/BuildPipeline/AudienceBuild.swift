import CasebookCore
import Foundation
import SiteBuilder

/// One audience's site in a build: the view it was rendered from, its search index (kept so
/// that an edited page can be taken in later), and what rendering it found.
///
/// Its renderer is made from the view when needed rather than kept: it holds the view too,
/// and a view held twice would be copied whole when an edit changes it.
struct AudienceBuild {
    private(set) var view: AudienceView
    private(set) var searchIndex: SearchIndex
    /// What rendering found (a linked file unreadable, no sitemap), apart from the content's
    /// diagnostics. It does not depend on the pages' bodies, so an edit leaves it as it is.
    let diagnostics: [Diagnostic]

    var audience: Audience { view.audience }
    var pageCount: Int { view.pages.count }
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Renders the whole of `view` into `sink`.
    init(rendering view: AudienceView, theme: Theme, layout: RepositoryLayout, today: CalendarDay, into sink: OutputSink) {
        let renderer = SiteRenderer(view: view, theme: theme, contentDirectory: layout.content, today: today)
        (diagnostics, searchIndex) = renderer.render(into: sink)
        self.view = view
    }

    /// Takes in new versions of `pages` whose bodies alone changed (now in `graph`), and
    /// writes what that changes in this site into `sink`, which holds the site as rendered before.
    mutating func takeIn(_ pages: [Page], from graph: ContentGraph, theme: Theme, layout: RepositoryLayout,
                         today: CalendarDay, into sink: MemorySink) {
        let shown = pages.compactMap { view.replace($0, in: graph) }
        let renderer = SiteRenderer(view: view, theme: theme, contentDirectory: layout.content, today: today)
        renderer.renderChanged(shown, searchIndex: &searchIndex, into: sink)
    }
}
