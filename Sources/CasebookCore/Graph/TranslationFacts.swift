/// What the staff site says of translations, from the graph in the default language: for a
/// page, how each of its translations stands (and, for a public page, where one is missing);
/// for a translation, whether its source changed after it, and what changed.
struct TranslationFacts: Sendable {
    let graph: ContentGraph
    /// The sources of the translations the view shows, by key.
    private let sources: [PageKey: Page]

    /// - Parameter language: the view's language when it is another one, whose translations it shows.
    init(graph: ContentGraph, language: SiteLanguage?) {
        self.graph = graph
        let translated = language.map { graph.translations[$0.code] ?? [:] } ?? [:]
        var sources: [PageKey: Page] = [:]
        for page in graph.pages where translated[page.key] != nil { sources[page.key] = page }
        self.sources = sources
    }

    /// Each other language the page is translated into, or, for a public page, should be.
    func translations(of page: Page) -> [PageTranslation] {
        graph.configuration.otherLanguages.compactMap { language in
            let state = graph.translationState(of: page.key, in: language.code)
            return state == .missing && page.audience != .public ? nil : PageTranslation(language: language, state: state)
        }
    }

    /// For a translation shown in its language: how it stands, and when its source changed
    /// after it, what changed there since (`nil` when that version cannot be read).
    func lag(of page: Page) -> (state: TranslationState, sourceChanges: PageRedline?)? {
        guard let code = page.language, let source = sources[page.key] else { return nil }
        let state = graph.translationState(of: page.key, in: code)
        guard case .outdated(let since) = state, let then = graph.translationHistories[code]?[page.key]?.sourceThen else {
            return (state, nil)
        }
        return (state, PageRedline(source: source, since: then, date: since))
    }
}
