import CasebookCore
import TemplateEngine

extension PageContexts {
    /// For a translation on the staff site: whether its source changed after it, a link to the
    /// source, and what changed there since (`translation`).
    func translation(of page: ViewPage, path: String, state: TranslationState) -> TemplateObject {
        let source = view.configuration.language
        var context: TemplateObject = [
            "sourceLanguage": LanguageLinks.describe(source),
            "sourceURL": .text(LanguageLinks(view: view).href(from: path, to: source)),
            "isCurrent": .flag(state == .current),
        ]
        if case .outdated(let since) = state {
            context["isOutdated"] = true
            context["since"] = .object(changeDate(since))
        }
        if let changes = page.sourceChanges { context["changes"] = .object(redline(changes)) }
        return context
    }

    /// How the page stands in each other language (`translations`), each linked to the page
    /// in that language, where it is translated.
    func translations(of page: ViewPage, path: String) -> [TemplateObject] {
        let languages = LanguageLinks(view: view)
        return page.translations.map { translation in
            var item = state(translation.state)
            item["name"] = .text(translation.language.name)
            item["code"] = .text(translation.language.code)
            if translation.state != .missing { item["url"] = .text(languages.href(from: path, to: translation.language)) }
            return item
        }
    }

    /// `state` (`current`, `outdated`, `missing`) with a flag for each, and `since` for an outdated one.
    func state(_ state: TranslationState) -> TemplateObject {
        var item: TemplateObject = ["state": .text(state.name), "isCurrent": .flag(state == .current),
                                    "isOutdated": false, "isMissing": .flag(state == .missing)]
        if case .outdated(let since) = state {
            item["isOutdated"] = true
            item["since"] = .object(changeDate(since))
        }
        return item
    }
}
