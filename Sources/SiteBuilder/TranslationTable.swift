import CasebookCore
import TemplateEngine

/// The governance page's table of translations: a row per page that is translated or, being
/// public, should be; a column per other language; each cell current, outdated since a day,
/// missing, or empty for an internal page not translated into that language.
struct TranslationTable {
    let view: AudienceView
    let contexts: PageContexts

    /// `translationLanguages`, `translationRows` and `hasTranslationTable`.
    func context(path: String, links: LinkHrefs) -> TemplateObject {
        let languages = view.configuration.otherLanguages
        let pages = PageType.allCases.flatMap { view.pages(of: $0) }.filter { !$0.translations.isEmpty }
        let rows = pages.map { page -> TemplateObject in
            var row = contexts.link(to: page, links: links)
            row["cells"] = .objects(languages.map { language in
                guard let translation = page.translations.first(where: { $0.language.code == language.code }) else {
                    return ["state": "none", "isNone": true]
                }
                return contexts.state(translation.state)
            })
            return row
        }
        return [
            "translationLanguages": .objects(languages.map { ["code": .text($0.code), "name": .text($0.name)] }),
            "translationRows": .objects(rows),
            "hasTranslationTable": .flag(!languages.isEmpty && !rows.isEmpty),
        ]
    }
}
