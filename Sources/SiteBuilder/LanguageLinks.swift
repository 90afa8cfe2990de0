import CasebookCore
import TemplateEngine

/// The same file of a site in each of its languages: every language's site has the same
/// layout, the default's at the site's root and each other's under `<code>/`. Gives the
/// template keys `language`, `languageMenu` and `alternates` (`hreflang` links).
struct LanguageLinks: Sendable {
    let view: AudienceView

    /// The folder of a language's site under the site's root: "" for the default, "es/".
    func folder(of language: SiteLanguage) -> String {
        language.code == view.configuration.language.code ? "" : "\(language.code)/"
    }

    /// From the file at `path` in this view's language to the file at `path` in `language`.
    func href(from path: String, to language: SiteLanguage) -> String {
        SitePaths.root(from: path) + (view.isDefaultLanguage ? "" : "../") + folder(of: language) + path
    }

    /// The keys for the file at `path`, the page `key` when it is one: the page's language
    /// (the default one's, where the page falls back to it), the menu of every language and
    /// the languages the file is written in, as alternates. With `absolute`, the menu's links
    /// are absolute too when the site has a base URL.
    func context(path: String, key: PageKey?, absolute: Bool = false) -> TemplateObject {
        let configuration = view.configuration
        var context: TemplateObject = ["language": .object(Self.describe(view.language))]
        guard !configuration.otherLanguages.isEmpty else { return context }
        context["hasLanguageMenu"] = true
        context["languageMenu"] = .objects(configuration.languages.map { language in
            let url = absolute ? address(of: path, in: language) : href(from: path, to: language)
            return ["code": .text(language.code), "name": .text(language.name), "url": .text(url),
                    "isCurrent": .flag(language.code == view.language.code)]
        })
        let written = key.map { key in
            [configuration.language] + configuration.otherLanguages.filter { view.translatedLanguages[key]?.contains($0.code) ?? false }
        } ?? configuration.languages
        var alternates = written.map { language -> TemplateObject in
            ["hreflang": .text(language.code), "url": .text(address(of: path, in: language))]
        }
        alternates.append(["hreflang": "x-default", "url": .text(address(of: path, in: configuration.language))])
        context["alternates"] = .objects(written.count > 1 ? alternates : [])
        return context
    }

    /// The absolute address of the file in `language` when the site has a base URL, else relative.
    private func address(of path: String, in language: SiteLanguage) -> String {
        guard let base = view.site.baseURL else { return href(from: path, to: language) }
        return SitePaths.absolute(folder(of: language) + path, base: base)
    }

    /// `{code, name, dir}` of a language.
    static func describe(_ language: SiteLanguage) -> TemplateObject {
        ["code": .text(language.code), "name": .text(language.name), "dir": .text(language.direction)]
    }
}
