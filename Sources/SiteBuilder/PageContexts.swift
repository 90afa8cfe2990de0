import CasebookCore
import Markdown
import TemplateEngine

/// Builds the objects the templates read (documented in `templates/README.md`).
/// Everything a template can show comes from an `AudienceView`, so nothing here filters.
struct PageContexts {
    let view: AudienceView
    let today: CalendarDay
    /// The words of the site's language.
    let strings: StringTable
    /// Links and lists across the view, for the answer kit.
    let relations: PageRelations
    /// Search engine tags, breadcrumbs and the contact block: public site only.
    let publicExtras: PublicPageExtras

    var isInternal: Bool { view.audience == .internal }

    /// The site-wide keys of a content page, by type: the same for every page of a type.
    private var contentFrames: [PageType: TemplateObject]

    /// The words templates read as `t`, the same on every page.
    private let templateStrings: TemplateValue
    /// What the Markdown renderer writes around a page's own words.
    private let renderedWords: RenderedWords

    init(view: AudienceView, today: CalendarDay, strings: StringTable) {
        self.view = view
        self.today = today
        self.strings = strings
        relations = PageRelations(view: view)
        publicExtras = PublicPageExtras(view: view, strings: strings)
        templateStrings = .object(strings.templateObject(siteTitle: view.site.title))
        renderedWords = strings.renderedWords
        contentFrames = [:]
        var frames: [PageType: TemplateObject] = [:]
        for type in PageType.allCases {
            frames[type] = frame(path: SitePaths.page(PageKey(type: type, id: "page")), kind: Self.kind(of: type))
        }
        contentFrames = frames
    }

    /// The keys every template gets: root, site, nav and the page basics. With `absolute`, the
    /// file's links are absolute under the site's base URL when it has one (a file a web server
    /// serves at any address, as the 404 page).
    func common(path: String, kind: String, title: String, summary: String? = nil,
                typeLabel: String? = nil, isInternalPage: Bool = false, absolute: Bool = false) -> TemplateObject {
        var context = withPage(frame(path: path, kind: kind, absolute: absolute), kind: kind, title: title, summary: summary,
                               typeLabel: typeLabel, isInternalPage: isInternalPage)
        context.merge(LanguageLinks(view: view).context(path: path, key: nil, absolute: absolute)) { $1 }
        context.merge(publicExtras.context(for: .init(path: path, kind: kind, title: title, summary: summary, page: nil))) { $1 }
        return context
    }

    /// The prefix from the file at `path` to the root of this language's site: relative, or with
    /// `absolute` and a base URL, the base URL and the language's folder.
    private func root(from path: String, absolute: Bool) -> String {
        guard absolute, let base = view.site.baseURL else { return SitePaths.root(from: path) }
        return base + LanguageLinks(view: view).folder(of: view.language)
    }

    private func withPage(_ frame: TemplateObject, kind: String, title: String, summary: String?,
                          typeLabel: String?, isInternalPage: Bool) -> TemplateObject {
        var context = frame
        var page: TemplateObject = ["title": .text(title), "kind": .text(kind), "isInternalPage": .flag(isInternalPage)]
        if let summary, !summary.isEmpty { page["summary"] = .text(summary) }
        if let typeLabel { page["typeLabel"] = .text(typeLabel) }
        context["page"] = .object(page)
        return context
    }

    /// Root, site, nav and the search and "What's new" addresses of the file at `path`: they
    /// depend only on how deep the file is (or whether they are `absolute`) and which part of the
    /// site it is in.
    private func frame(path: String, kind: String, absolute: Bool = false) -> TemplateObject {
        let isInternal = view.audience == .internal
        let root = self.root(from: path, absolute: absolute)
        let site: TemplateObject = ["title": .text(view.site.title), "isInternal": .flag(isInternal), "isPublic": .flag(!isInternal),
                                    "language": .text(strings.language)]
        var nav: [TemplateObject] = [["title": .text(strings.text("nav.home")), "url": .text(root + SitePaths.home), "current": .flag(kind == "home")]]
        for type in PageType.allCases where !view.pages(of: type).isEmpty {
            let target = SitePaths.typeIndex(type)
            nav.append(["title": .text(strings.sectionTitle(type)),
                        "url": .text(root + target), "current": .flag(path == target || path.hasPrefix("\(type.rawValue)/"))])
        }
        nav.append(["title": .text(strings.text("nav.whatsNew")), "url": .text(root + SitePaths.whatsNew), "current": .flag(path == SitePaths.whatsNew)])
        if isInternal {
            for (title, target) in [(strings.text("nav.governance"), GovernancePage.path), (strings.text("nav.authority"), AuthorityPage.path)] {
                nav.append(["title": .text(title), "url": .text(root + target), "current": .flag(path == target)])
            }
        }
        return ["root": .text(root), "site": .object(site), "nav": .objects(nav), "t": templateStrings,
                "whatsNewURL": .text(root + SitePaths.whatsNew), "handbookURL": .text(root + HandbookPage.path),
                "searchURL": .text(root + SearchIndex.resultsPage)]
    }

    /// The context of a content page: body, categories, related pages, backlinks and per-type parts.
    func content(_ page: ViewPage, path: String) -> TemplateObject {
        let links = LinkHrefs(view: view, fromPath: path, fromKey: page.key)
        let kind = Self.kind(of: page.key.type)
        var context = withPage(contentFrames[page.key.type] ?? frame(path: path, kind: kind), kind: kind,
                               title: page.title, summary: page.summary, typeLabel: strings.typeLabel(page.key.type),
                               isInternalPage: page.isInternalPage)
        guard case .object(var pageContext)? = context["page"] else { preconditionFailure("common() sets page") }
        pageContext["bodyHTML"] = .text(bodyHTML(page, links: links))
        if view.isFallback(page.key) {
            let language = view.configuration.language
            var fallback = LanguageLinks.describe(language)
            let name = language.name(in: view.language.code)
            fallback["notice"] = .text(strings.text("language.fallback", ["language": name]))
            pageContext["fallback"] = .object(fallback)
        }
        if let effective = page.effective { pageContext["effective"] = day(effective) }
        if let updated = page.updated { pageContext["updated"] = day(updated.day) }
        context["page"] = .object(pageContext)
        context.merge(LanguageLinks(view: view).context(path: path, key: page.key)) { $1 }
        context.merge(publicExtras.context(for: .init(path: path, kind: kind, title: page.title, summary: page.summary,
                                                      page: page))) { $1 }
        if let history = page.history { context["history"] = self.history(history) }
        if let hash = page.contentHash {
            context["source"] = ["path": .text(page.sourcePath), "hash": .text(hash), "shortHash": .text(String(hash.prefix(10)))]
        }
        if let redline = page.redline { context["redline"] = .object(self.redline(redline)) }
        if let state = page.translationState { context["translation"] = .object(translation(of: page, path: path, state: state)) }
        if view.isDefaultLanguage, !page.translations.isEmpty {
            context["translations"] = .objects(translations(of: page, path: path))
            context["hasTranslations"] = true
        }

        let categories = page.categories.compactMap { view[$0] }.map { link(to: $0, links: links) }
        let related = page.related.compactMap { view[$0] }.map { link(to: $0, links: links) }
        let backlinks = page.backlinks.compactMap { view[$0] }.map { link(to: $0, links: links) }
        context["categories"] = .objects(categories)
        context["related"] = .objects(related)
        context["backlinks"] = .objects(backlinks)
        context["hasCategories"] = .flag(!categories.isEmpty)
        context["hasRelated"] = .flag(!related.isEmpty)
        context["hasBacklinks"] = .flag(!backlinks.isEmpty)
        context["tags"] = .texts(page.tags)
        context["hasTags"] = .flag(!page.tags.isEmpty)
        context["hasAside"] = .flag(!(categories.isEmpty && related.isEmpty && backlinks.isEmpty && page.tags.isEmpty))
        if let governance = page.governance {
            context["governance"] = .object(self.governance(governance))
            context["answerKit"] = .object(answerKit(for: page, governance: governance, links: links))
            context["caseNote"] = .object(caseNote(for: [page], links: links))
        }
        if page.key.type == .scripts {
            // The policies it carries out, staff site only: shown with their limits and named in the case note.
            let carriedOut = isInternal ? policies(carriedOutBy: page) : []
            context["script"] = .object(script(page, carryingOut: carriedOut, links: links))
            if isInternal { context["caseNote"] = .object(caseNote(for: carriedOut, links: links)) }
        }
        if page.key.type == .categories { context["decision"] = .object(decision(for: page, links: links)) }
        return context
    }

    static func kind(of type: PageType) -> String {
        switch type {
        case .categories: "category"
        case .policies: "policy"
        case .faq: "faq"
        case .scripts: "script"
        }
    }

    /// A link to a page for lists: title, url, type and summary.
    func link(to page: ViewPage, links: LinkHrefs) -> TemplateObject {
        var item: TemplateObject = ["title": .text(page.title), "url": .text(links.href(for: .page(page.key, fragment: nil)) ?? ""),
                                    "typeLabel": .text(strings.typeLabel(page.key.type)), "isInternalPage": .flag(page.isInternalPage)]
        if let summary = page.summary, !summary.isEmpty { item["summary"] = .text(summary) }
        return item
    }

    private func bodyHTML(_ page: ViewPage, links: LinkHrefs) -> String {
        bodyHTML(page, href: links.href(for:))
    }

    /// A page's body as HTML, each link's target written by `href`, every id it writes
    /// (headings, footnotes) starting with `idPrefix`, its headings `headingLevelOffset` levels down.
    func bodyHTML(_ page: ViewPage, href: @escaping @Sendable (LinkTarget) -> String?, idPrefix: String = "",
                  headingLevelOffset: Int = 0) -> String {
        let targets = page.linkTargets
        let isScript = page.key.type == .scripts
        let options = HTMLRenderOptions(
            resolveLink: { destination in targets[destination].flatMap(href) },
            placeholderStyle: isInternal && isScript ? .field : .text,
            marksScriptText: isInternal && isScript,
            words: renderedWords,
            idPrefix: idPrefix,
            headingLevelOffset: headingLevelOffset)
        return HTMLRenderer(options: options).render(page.document)
    }

    /// The staff-only history: who changed the page, the newest commits and uncommitted edits.
    private func history(_ history: PageHistory) -> TemplateValue {
        let shown = history.commits.prefix(Self.historyLength)
        let more = history.commits.count - shown.count
        var context: TemplateObject = [
            "hasUncommittedChanges": .flag(history.hasUncommittedChanges),
            "hasCommits": .flag(!shown.isEmpty),
            "commits": .objects(shown.map { commit -> TemplateObject in
                ["date": day(commit.date.day), "author": .text(commit.author), "subject": .text(commit.subject),
                 "shortID": .text(commit.shortID)]
            }),
            "hasMore": .flag(more > 0),
            "moreLabel": .text(strings.count("updated.olderChanges", more)),
        ]
        if history.updated != nil, let newest = history.commits.first { context["updatedBy"] = .text(newest.author) }
        return .object(context)
    }

    /// What the last change did: the text redline and the table of front-matter changes.
    func redline(_ redline: PageRedline) -> TemplateObject {
        var context = changeDate(redline.date)
        context["hasTextChanges"] = .flag(redline.text.hasChanges)
        context["html"] = .text(RedlineHTML.render(redline.text, strings: strings))
        context["hasFieldChanges"] = .flag(!redline.fields.isEmpty)
        context["fields"] = .objects(redline.fields.map { field -> TemplateObject in
            var row: TemplateObject = ["field": .text(strings.fieldName(field.field)), "isAuthority": .flag(field.isAuthority),
                                       "change": .text(field.before == nil ? "added" : field.after == nil ? "removed" : "changed")]
            if let before = field.before { row["before"] = .text(strings.fieldValue(before, of: field.field)) }
            if let after = field.after { row["after"] = .text(strings.fieldValue(after, of: field.field)) }
            return row
        })
        context["changesAuthority"] = .flag(redline.changesAuthority)
        return context
    }

    /// `date` for a commit's day, or `isUncommitted`.
    func changeDate(_ date: ChangeDate) -> TemplateObject {
        switch date {
        case .committed(let timestamp): ["date": day(timestamp.day), "isUncommitted": .flag(false)]
        case .uncommitted: ["isUncommitted": .flag(true)]
        }
    }

    /// How many commits a page's history lists.
    static let historyLength = 20

    func day(_ day: CalendarDay) -> TemplateValue {
        ["iso": .text(day.iso), "display": .text(strings.day(day))]
    }

    func governance(_ governance: PolicyGovernance) -> TemplateObject {
        var context: TemplateObject = [
            "owner": .text(governance.owner?.name ?? ""),
            "hasAuthority": .flag(!governance.authority.isEmpty),
            "authority": .objects(governance.authority.map { grant in
                var row: TemplateObject = ["role": .text(grant.role), "upTo": .text(grant.upTo)]
                if let when = grant.when { row["when"] = .text(when) }
                return row
            }),
        ]
        if case .codeOwners(let path, let line)? = governance.owner?.source {
            context["ownerSource"] = .text(strings.text("policy.ownerSource", ["path": path, "line": strings.number(line)]))
        }
        if let limitChanged = governance.limitChanged { context["limitChanged"] = .object(changeDate(limitChanged)) }
        if let reviewBy = governance.reviewBy {
            let status = ReviewStatus(reviewBy: reviewBy, today: today)
            context["reviewBy"] = day(reviewBy)
            context["reviewStatus"] = .text(status.rawValue)
            context["reviewStatusLabel"] = .text(strings.reviewStatus(status))
        }
        return context
    }
}
