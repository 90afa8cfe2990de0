import CasebookCore
import TemplateEngine

extension PageContexts {
    /// For a translation on the staff site: whether its source changed after it, a link to the
    /// source, and what changed there since (`translation`).
    func translation(of page: ViewPage, path: String, state: TranslationState) -> TemplateObject {
        let source = view.configuration.language
        // The source's language as this site's readers name it ("inglés").
        let words = ["language": source.name(in: view.language.code)]
        var context: TemplateObject = [
            "sourceLanguage": .object(LanguageLinks.describe(source)),
            "sourceURL": .text(LanguageLinks(view: view).href(from: path, to: source)),
            "isCurrent": .flag(state == .current),
            "notice": .text(strings.text("translation.current", words)),
        ]
        if case .outdated(let since) = state {
            context["isOutdated"] = true
            context["since"] = .object(changeDate(since))
            switch since {
            case .committed(let timestamp):
                context["notice"] = .text(strings.text("translation.outdatedSince",
                                                       words.merging(["date": strings.day(timestamp.day)]) { $1 }))
            case .uncommitted:
                context["notice"] = .text(strings.text("translation.outdatedUncommitted", words))
            }
        }
        if let changes = page.sourceChanges {
            var redline = redline(changes)
            redline["title"] = .text(strings.text("translation.changesSince", words))
            context["changes"] = .object(redline)
        }
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
