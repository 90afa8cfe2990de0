import CasebookCore
import Markdown

/// Builds the dictionaries the Mustache templates read (documented in `templates/README.md`).
/// Everything a template can show comes from an `AudienceView`, so nothing here filters.
struct PageContexts {
    let view: AudienceView
    let today: CalendarDay

    var isInternal: Bool { view.audience == .internal }

    /// The keys every template gets: root, site, nav and the page basics.
    func common(path: String, kind: String, title: String, summary: String? = nil,
                typeLabel: String? = nil, isInternalPage: Bool = false) -> [String: Any] {
        let links = LinkHrefs(view: view, fromPath: path, fromKey: nil)
        let site: [String: Any] = ["title": view.site.title, "isInternal": isInternal, "isPublic": !isInternal]
        var nav: [[String: Any]] = [["title": "Home", "url": links.href(toFile: SitePaths.home), "current": kind == "home"]]
        for type in PageType.allCases where !view.pages(of: type).isEmpty {
            let target = SitePaths.typeIndex(type)
            nav.append(["title": type == .categories ? "Categories" : type.pluralLabel,
                        "url": links.href(toFile: target), "current": path == target || path.hasPrefix("\(type.rawValue)/")])
        }
        nav.append(["title": "What's new", "url": links.href(toFile: SitePaths.whatsNew), "current": path == SitePaths.whatsNew])
        if isInternal {
            for (title, target) in [("Governance", GovernancePage.path), ("Authority", AuthorityPage.path)] {
                nav.append(["title": title, "url": links.href(toFile: target), "current": path == target])
            }
        }
        var page: [String: Any] = ["title": title, "kind": kind, "isInternalPage": isInternalPage]
        if let summary, !summary.isEmpty { page["summary"] = summary }
        if let typeLabel { page["typeLabel"] = typeLabel }
        return ["root": SitePaths.root(from: path), "site": site, "nav": nav, "page": page,
                "whatsNewURL": links.href(toFile: SitePaths.whatsNew),
                "searchURL": links.href(toFile: SearchIndex.resultsPage)]
    }

    /// The context of a content page: body, categories, related pages, backlinks and per-type parts.
    func content(_ page: ViewPage, path: String) -> [String: Any] {
        let links = LinkHrefs(view: view, fromPath: path, fromKey: page.key)
        var context = common(path: path, kind: kind(of: page.key.type), title: page.title, summary: page.summary,
                             typeLabel: page.key.type.label, isInternalPage: page.isInternalPage)
        var pageContext = context["page"] as? [String: Any] ?? [:]
        pageContext["bodyHTML"] = bodyHTML(page, links: links)
        if let effective = page.effective { pageContext["effective"] = day(effective) }
        if let updated = page.updated { pageContext["updated"] = day(updated.day) }
        context["page"] = pageContext
        if let history = page.history { context["history"] = self.history(history) }
        if let hash = page.contentHash {
            context["source"] = ["path": page.key.sourcePath, "hash": hash, "shortHash": String(hash.prefix(10))]
        }
        if let redline = page.redline { context["redline"] = ["html": RedlineHTML.render(redline)] }

        let categories = page.categories.compactMap { view[$0] }.map { link(to: $0, links: links) }
        let related = page.related.compactMap { view[$0] }.map { link(to: $0, links: links) }
        let backlinks = page.backlinks.compactMap { view[$0] }.map { link(to: $0, links: links) }
        context["categories"] = categories
        context["related"] = related
        context["backlinks"] = backlinks
        context["hasCategories"] = !categories.isEmpty
        context["hasRelated"] = !related.isEmpty
        context["hasBacklinks"] = !backlinks.isEmpty
        context["tags"] = page.tags
        context["hasTags"] = !page.tags.isEmpty
        context["hasAside"] = !(categories.isEmpty && related.isEmpty && backlinks.isEmpty && page.tags.isEmpty)
        if let governance = page.governance { context["governance"] = self.governance(governance) }
        if page.key.type == .scripts { context["script"] = script(page, links: links) }
        if page.key.type == .categories { context["decision"] = decision(for: page, links: links) }
        return context
    }

    func kind(of type: PageType) -> String {
        switch type {
        case .categories: "category"
        case .policies: "policy"
        case .faq: "faq"
        case .scripts: "script"
        }
    }

    /// A link to a page for lists: title, url, type and summary.
    func link(to page: ViewPage, links: LinkHrefs) -> [String: Any] {
        var item: [String: Any] = ["title": page.title, "url": links.href(for: .page(page.key, fragment: nil)) ?? "",
                                   "typeLabel": page.key.type.label, "isInternalPage": page.isInternalPage]
        if let summary = page.summary, !summary.isEmpty { item["summary"] = summary }
        return item
    }

    private func bodyHTML(_ page: ViewPage, links: LinkHrefs) -> String {
        let targets = page.linkTargets
        let isScript = page.key.type == .scripts
        let options = HTMLRenderOptions(
            resolveLink: { destination in targets[destination].flatMap(links.href(for:)) },
            placeholderStyle: isInternal && isScript ? .field : .text,
            marksScriptText: isInternal && isScript)
        return HTMLRenderer(options: options).render(page.document)
    }

    /// The staff-only history: who changed the page, the newest commits and uncommitted edits.
    private func history(_ history: PageHistory) -> [String: Any] {
        let shown = history.commits.prefix(Self.historyLength)
        let more = history.commits.count - shown.count
        var context: [String: Any] = [
            "hasUncommittedChanges": history.hasUncommittedChanges,
            "hasCommits": !shown.isEmpty,
            "commits": shown.map { commit -> [String: Any] in
                ["date": day(commit.date.day), "author": commit.author, "subject": commit.subject, "shortID": commit.shortID]
            },
            "hasMore": more > 0,
            "moreLabel": more == 1 ? "1 older change" : "\(more) older changes",
        ]
        if history.updated != nil, let newest = history.commits.first { context["updatedBy"] = newest.author }
        return context
    }

    /// How many commits a page's history lists.
    static let historyLength = 20

    func day(_ day: CalendarDay) -> [String: Any] {
        ["iso": day.iso, "display": day.display]
    }

    func governance(_ governance: PolicyGovernance) -> [String: Any] {
        var context: [String: Any] = [
            "owner": governance.owner?.name ?? "",
            "hasAuthority": !governance.authority.isEmpty,
            "authority": governance.authority.map { ["role": $0.role, "upTo": $0.upTo] },
        ]
        if case .codeOwners(let path, let line)? = governance.owner?.source {
            context["ownerSource"] = "\(path), line \(line)"
        }
        if let reviewBy = governance.reviewBy {
            let status = ReviewStatus(reviewBy: reviewBy, today: today)
            context["reviewBy"] = day(reviewBy)
            context["reviewStatus"] = status.rawValue
            context["reviewStatusLabel"] = status.label
        }
        return context
    }
}
