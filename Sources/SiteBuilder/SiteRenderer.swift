import CasebookCore
import TemplateEngine
import Foundation

/// Renders one audience's view into the files of its site: pages, lists, the handbook, assets,
/// linked files, `robots.txt`, for the public site `sitemap.xml`, and the search index, made for the
/// site's language.
public struct SiteRenderer: Sendable {
    let view: AudienceView
    let theme: Theme
    let contentDirectory: URL
    let contexts: PageContexts
    let searchLanguage: SearchLanguage

    /// A renderer of `view` in its language (or `language`), whose strings file the theme must
    /// have (check `theme.strings.table(for:)` first; without one, every word shows as its key).
    /// Its search index cuts text into terms as the view's language does.
    public init(view: AudienceView, theme: Theme, contentDirectory: URL, today: CalendarDay,
                language: String? = nil) {
        self.view = view
        self.theme = theme
        self.contentDirectory = contentDirectory
        let language = language ?? view.language.code
        let strings = theme.strings.table(for: language) ?? StringTable(language: language, values: [:])
        self.contexts = PageContexts(view: view, today: today, strings: strings)
        self.searchLanguage = SearchLanguage(code: view.language.code)
    }

    private var strings: StringTable { contexts.strings }

    /// One content page's file: its path in the site and its HTML.
    func renderPage(_ page: ViewPage) -> (path: String, html: [UInt8]) {
        let path = SitePaths.page(page.key)
        return (path, theme.render(PageContexts.kind(of: page.key.type), contexts.content(page, path: path)))
    }

    /// Renders the site's files into `sink` as they are made (pages on every core), and returns
    /// its search index, which can take in a changed page later, when `keepsIndexForEdits`
    /// (otherwise the index is written without being kept); reading a linked file under
    /// `content/` can fail, which is reported.
    public func render(into output: OutputSink, keepsIndexForEdits: Bool = true) -> ([Diagnostic], SearchIndex?) {
        let sink = SubfolderSink(output, folder: siteFolder)
        var diagnostics: [Diagnostic] = []
        view.pages.parallelForEach { page in
            let (path, html) = renderPage(page)
            sink.add(path, bytes: html)
        }
        sink.add(SitePaths.home, bytes: theme.render("home", homeContext()))
        for type in PageType.allCases where !view.pages(of: type).isEmpty {
            let path = SitePaths.typeIndex(type)
            sink.add(path, bytes: theme.render("type-index", typeIndexContext(type, path: path)))
        }
        sink.add(SitePaths.whatsNew, bytes: theme.render("whats-new", whatsNewContext()))
        sink.add(SearchIndex.resultsPage, bytes: theme.render("search", contexts.common(path: SearchIndex.resultsPage, kind: "search",
                                                                                 title: strings.text("search.title"))))
        let searchIndex = keepsIndexForEdits ? SearchIndex(view: view, language: searchLanguage, strings: strings) : nil
        if let searchIndex {
            searchIndex.writeFiles { sink.add($0, $1) }
        } else {
            SearchIndex.writeFiles(of: view, language: searchLanguage, strings: strings) { sink.add($0, $1) }
        }
        sink.add(HandbookPage.path, bytes: renderHandbook())
        if view.audience == .internal {
            sink.add(GovernancePage.path, bytes: theme.render("governance", GovernancePage(view: view, contexts: contexts).context()))
            sink.add(AuthorityPage.path, bytes: theme.render("authority", AuthorityPage(view: view, contexts: contexts).context()))
        }
        sink.add(SitePaths.notFound, bytes: theme.render("404", notFoundContext()))
        for (name, bytes) in theme.assets where name != StringsScript.name { sink.add(SitePaths.asset(name), bytes: bytes) }
        sink.add(SitePaths.asset(StringsScript.name), StringsScript.render(strings))
        for file in view.files {
            let url = contentDirectory.appendingPathComponent(file)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                diagnostics.append(Diagnostic(.error, "content/\(file)", "the file cannot be read"))
                continue
            }
            sink.add(SitePaths.file(file), bytes: Array(data))
        }
        // The site's root holds what web servers and crawlers look for: one for every language.
        guard view.isDefaultLanguage else { return (diagnostics, searchIndex) }
        sink.add("robots.txt", SearchEngineFiles.robots(for: view))
        if view.audience == .public {
            if let sitemap = SearchEngineFiles.sitemap(for: view, paths: sink.paths) {
                sink.add("sitemap.xml", sitemap)
                if let feed = AtomFeed.render(view: view, changes: view.recentlyChanged(limit: Self.changesListed), strings: strings) {
                    sink.add(SitePaths.feed, feed)
                }
            } else {
                diagnostics.append(Diagnostic(.warning, SiteConfigurationLoader.fileName,
                    "public.base_url is not set, so the public site has no sitemap.xml or feed.xml"))
            }
        }
        return (diagnostics, searchIndex)
    }

    /// The folder of the view's site in the output: `public`, `public/es`.
    var siteFolder: String {
        let languageFolder = LanguageLinks(view: view).folder(of: view.language)
        return view.audience.rawValue + (languageFolder.isEmpty ? "" : "/" + languageFolder.dropLast())
    }

    /// The handbook's file: every policy (and on the public site every FAQ entry) in one page.
    func renderHandbook() -> [UInt8] {
        theme.render("handbook", HandbookPage(view: view, contexts: contexts).context())
    }

    /// How many changed pages "What's new" and the feed list.
    static let changesListed = 50
    /// How many the home page lists.
    static let changesOnHome = 5

    private func whatsNewContext() -> TemplateObject {
        let path = SitePaths.whatsNew
        var context = contexts.common(path: path, kind: "whats-new", title: strings.text("whatsNew.title"),
                                      summary: strings.text("whatsNew.summary"))
        let links = LinkHrefs(view: view, fromPath: path, fromKey: nil)
        context["changes"] = .objects(view.recentlyChanged(limit: Self.changesListed).map { change(of: $0, links: links) })
        if view.audience == .public, view.site.baseURL != nil, !view.recentlyChanged(limit: 1).isEmpty {
            context["feedURL"] = .text(links.href(toFile: SitePaths.feed))
        }
        return context
    }

    /// A changed page for lists: link, date and, on the staff site, who changed it and why.
    private func change(of page: ViewPage, links: LinkHrefs) -> TemplateObject {
        var item = contexts.link(to: page, links: links)
        if let updated = page.updated { item["updated"] = contexts.day(updated.day) }
        if let newest = page.history?.commits.first {
            item["author"] = .text(newest.author)
            item["subject"] = .text(newest.subject)
        }
        return item
    }

    private func homeContext() -> TemplateObject {
        let path = SitePaths.home
        var context = contexts.common(path: path, kind: "home", title: view.site.title)
        let links = LinkHrefs(view: view, fromPath: path, fromKey: nil)
        context["categories"] = .objects(view.pages(of: .categories).map { category -> TemplateObject in
            var item = contexts.link(to: category, links: links)
            let members = view.members(of: category.key)
            let counts = [PageType.policies, .faq, .scripts].compactMap { type -> String? in
                let number = members.filter { $0.key.type == type }.count
                return number == 0 ? nil : strings.typeCount(type, number)
            }
            item["countsLabel"] = .text(counts.joined(separator: " · "))
            return item
        })
        let recent = view.recentlyChanged(limit: Self.changesOnHome)
        context["recent"] = .objects(recent.map { change(of: $0, links: links) })
        context["hasRecent"] = .flag(!recent.isEmpty)
        context["sections"] = .objects([PageType.policies, .faq, .scripts].compactMap { type -> TemplateObject? in
            let number = view.pages(of: type).count
            guard number > 0 else { return nil }
            return ["title": .text(strings.typePlural(type)), "url": .text(links.href(toFile: SitePaths.typeIndex(type))),
                    "countLabel": .text(strings.typeCount(type, number))]
        })
        return context
    }

    /// The 404 page, which a web server serves at any missing address: its links are absolute
    /// under the base URL; without one, they stay relative and `isRelative` has the template
    /// carry its essential styles inline.
    private func notFoundContext() -> TemplateObject {
        var context = contexts.common(path: SitePaths.notFound, kind: "404", title: strings.text("notFound.title"), absolute: true)
        context["isRelative"] = .flag(view.site.baseURL == nil)
        return context
    }

    private func typeIndexContext(_ type: PageType, path: String) -> TemplateObject {
        var context = contexts.common(path: path, kind: "index", title: strings.typePlural(type))
        let links = LinkHrefs(view: view, fromPath: path, fromKey: nil)
        context["pages"] = .objects(view.pages(of: type).map { contexts.link(to: $0, links: links) })
        return context
    }
}
