import CasebookCore
import Foundation
import SiteBuilder

/// One audience's site in a build: what rendering it found and, for a site kept in memory,
/// the view it was rendered from and its search index, so that an edited page can be taken
/// in later. A site written to a folder (or nowhere) keeps neither: its search index is
/// written as it is made and not kept, so the staff guide's is gone before the help center
/// is rendered.
///
/// Its renderer is made from the view when needed rather than kept: it holds the view too,
/// and a view held twice would be copied whole when an edit changes it.
struct AudienceBuild {
    let audience: Audience
    /// The language's code (`SiteLanguage.code`).
    let language: String
    let pageCount: Int
    /// What rendering found (a linked file unreadable, no sitemap), apart from the content's
    /// diagnostics. It does not depend on the pages' bodies, so an edit leaves it as it is.
    let diagnostics: [Diagnostic]
    /// What an edit needs; `nil` when the site was not kept.
    private var kept: (view: AudienceView, searchIndex: SearchIndex)?

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Renders the whole of `view` into `sink`; `keep` holds on to the view and search index.
    init(rendering view: AudienceView, theme: Theme, layout: RepositoryLayout, today: CalendarDay, into sink: OutputSink,
         keep: Bool) {
        let renderer = SiteRenderer(view: view, theme: theme, contentDirectory: layout.content, today: today)
        let (diagnostics, searchIndex) = renderer.render(into: sink, keepsIndexForEdits: keep)
        self.diagnostics = diagnostics
        audience = view.audience
        language = view.language.code
        pageCount = view.pages.count
        kept = searchIndex.map { (view, $0) }
    }

    /// Takes in new versions of `pages` whose bodies alone changed (now in `graph`), and
    /// writes what that changes in this site into `sink`, which holds the site as rendered
    /// before; false when the site was not kept.
    mutating func takeIn(_ pages: [Page], from graph: ContentGraph, theme: Theme, layout: RepositoryLayout,
                         today: CalendarDay, into sink: MemorySink) -> Bool {
        // Let go of the stored state first, so the view changes in place, not on a copy.
        guard var (view, searchIndex) = kept.take() else { return false }
        let shown = pages.compactMap { view.replace($0, in: graph) }
        let renderer = SiteRenderer(view: view, theme: theme, contentDirectory: layout.content, today: today)
        renderer.renderChanged(shown, searchIndex: &searchIndex, into: sink)
        kept = (view, searchIndex)
        return true
    }
}
