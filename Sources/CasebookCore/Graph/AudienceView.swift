import Markdown

/// The content graph as one audience may see it. This is the only place that decides what
/// the public may read: every later stage (pages, lists, backlinks, sitemap) reads a view.
public struct AudienceView: Sendable {
    public let audience: Audience
    public let configuration: SiteConfiguration
    /// The language the view is read in: the default, or another whose translations it shows
    /// (every page without one in the default language: see `isFallback`).
    public let language: SiteLanguage
    /// Per page, the other languages it is translated into (not the default), sorted.
    public let translatedLanguages: [PageKey: [String]]
    /// Every visible page, sorted by type then id.
    public private(set) var pages: [ViewPage]
    /// Files under `content/` that visible pages link to, relative to `content/`, sorted.
    public let files: [String]
    private let index: [PageKey: Int]
    private var byType: [PageType: [ViewPage]]
    private var byCategory: [PageKey: [ViewPage]]
    private var changedNewestFirst: [ViewPage]

    /// - Parameter language: one of the configuration's other languages; `nil` for the default.
    public init(graph sourceGraph: ContentGraph, audience: Audience, language other: SiteLanguage? = nil) {
        self.audience = audience
        self.configuration = sourceGraph.configuration
        self.language = other ?? sourceGraph.configuration.language
        var translated: [PageKey: [String]] = [:]
        for (code, pages) in sourceGraph.translations {
            for key in pages.keys { translated[key, default: []].append(code) }
        }
        self.translatedLanguages = translated.mapValues { $0.sorted() }
        let graph = other.map { sourceGraph.localized(to: $0.code) } ?? sourceGraph
        let visible = graph.pages.filter { audience == .internal || $0.audience == .public }
        let visibleKeys = Set(visible.map(\.key))
        let backlinks = Self.backlinks(graph.pageLinks, audience: audience, visible: visibleKeys)

        let facts = audience == .internal ? TranslationFacts(graph: sourceGraph, language: other) : nil
        // In parallel: a staff view of a policy parses the version before its last change, for its redline.
        pages = visible.parallelMap { page in
            var seen = Self.view(of: page, audience: audience, isVisible: visibleKeys.contains, backlinks: backlinks[page.key] ?? [],
                                 targets: graph.linkTargets[page.key] ?? [:], history: graph.histories[page.key],
                                 sourceHistory: sourceGraph.histories[page.key], configuration: graph.configuration)
            if let facts {
                let lag = facts.lag(of: page)
                seen = seen.with(translations: facts.translations(of: page), translationState: lag?.state,
                                 sourceChanges: lag?.sourceChanges)
            }
            return seen
        }
        var files = Set<String>()
        for page in pages {
            for case .file(let path, _) in page.linkTargets.values { files.insert(path) }
        }
        self.files = files.sorted()
        var index: [PageKey: Int] = [:]
        for (position, page) in pages.enumerated() { index[page.key] = position }
        self.index = index
        let sortedByTitle = pages.sorted(by: Self.byTitle)
        var byType = Dictionary(grouping: sortedByTitle, by: \.key.type)
        byType[.categories] = Self.categoryOrder(byType[.categories] ?? [])
        self.byType = byType
        var byCategory: [PageKey: [ViewPage]] = [:]
        for page in sortedByTitle {
            for category in page.categories { byCategory[category, default: []].append(page) }
        }
        self.byCategory = byCategory
        changedNewestFirst = pages.filter { $0.updated != nil }.sorted { lhs, rhs in
            lhs.updated! != rhs.updated! ? lhs.updated! > rhs.updated! : lhs.key < rhs.key
        }
    }

    /// Sees a page anew after it changed in ways no other page shows (its body, not its
    /// title, summary, audience, categories or links), in place. Returns the page as this
    /// audience now sees it, or `nil` when the audience does not see it. What it says of
    /// translations stays: an edit that changes that is a full build.
    public mutating func replace(_ page: Page, in graph: ContentGraph) -> ViewPage? {
        guard let position = index[page.key] else { return nil }
        let old = pages[position]
        let new = Self.view(of: page, audience: audience, isVisible: { index[$0] != nil }, backlinks: old.backlinks,
                            targets: graph.linkTargets[page.key] ?? [:], history: graph.histories[page.key],
                            sourceHistory: graph.histories[page.key], configuration: graph.configuration)
            .with(translations: old.translations, translationState: old.translationState, sourceChanges: old.sourceChanges)
        func swap(in list: inout [ViewPage]) {
            if let at = list.firstIndex(where: { $0.key == page.key }) { list[at] = new }
        }
        pages[position] = new
        // Only the lists the page is in hold a copy of it: its type's, its categories', the changed pages'.
        swap(in: &byType[page.key.type, default: []])
        for category in old.categories { swap(in: &byCategory[category, default: []]) }
        swap(in: &changedNewestFirst)
        return new
    }

    public subscript(key: PageKey) -> ViewPage? {
        index[key].map { pages[$0] }
    }

    /// The site's title (in the view's language) and address.
    public var site: SiteConfiguration.SiteSettings { configuration.settings(for: audience, in: language) }

    /// True when the view is in the default language.
    public var isDefaultLanguage: Bool { language.code == configuration.language.code }

    /// True when the page is shown in the default language inside another language's site,
    /// because it has no translation into that language.
    public func isFallback(_ key: PageKey) -> Bool {
        !isDefaultLanguage && !(translatedLanguages[key]?.contains(language.code) ?? false)
    }

    /// The visible pages of one type, by title (categories in their `order`).
    public func pages(of type: PageType) -> [ViewPage] {
        byType[type] ?? []
    }

    /// The visible pages with a known last change, newest first.
    public func recentlyChanged(limit: Int) -> [ViewPage] {
        Array(changedNewestFirst.prefix(limit))
    }

    /// The visible pages that list a category, by title.
    public func members(of category: PageKey) -> [ViewPage] {
        byCategory[category] ?? []
    }

    private static func byTitle(_ lhs: ViewPage, _ rhs: ViewPage) -> Bool {
        (lhs.title.lowercased(), lhs.key) < (rhs.title.lowercased(), rhs.key)
    }

    private static func categoryOrder(_ categories: [ViewPage]) -> [ViewPage] {
        categories.sorted { lhs, rhs in
            (lhs.order ?? Int.max, lhs.title.lowercased(), lhs.key.id) < (rhs.order ?? Int.max, rhs.title.lowercased(), rhs.key.id)
        }
    }

    private static func backlinks(_ links: [ContentGraph.PageLink], audience: Audience,
                                  visible: Set<PageKey>) -> [PageKey: [PageKey]] {
        var result: [PageKey: Set<PageKey>] = [:]
        for link in links where visible.contains(link.from) && visible.contains(link.to) {
            if audience == .public && link.insideInternal { continue }
            result[link.to, default: []].insert(link.from)
        }
        return result.mapValues { $0.sorted() }
    }

    private static func view(of page: Page, audience: Audience, isVisible: (PageKey) -> Bool, backlinks: [PageKey],
                             targets: [String: LinkTarget], history: PageHistory?, sourceHistory: PageHistory?,
                             configuration: SiteConfiguration) -> ViewPage {
        let isPublic = audience == .public
        let document = isPublic ? page.document.removingInternalCallouts() : page.document
        // The targets were resolved from the whole document: only the public version has fewer links.
        var linkTargets = targets
        if isPublic {
            let destinations = Set(document.links.map(\.destination))
            linkTargets = targets.filter { destinations.contains($0.key) }
        }
        let frontMatter = page.frontMatter
        let categories = frontMatter.categories.map { PageKey(type: .categories, id: $0.value) }
        let related = frontMatter.related.compactMap { entry -> PageKey? in
            LinkResolver.normalize(entry.value, relativeTo: "").flatMap(PageKey.init(contentPath:))
        }
        let redline = isPublic ? nil : history.flatMap { PageRedline(page: page, history: $0, configuration: configuration) }
        var governance: PolicyGovernance?
        if !isPublic, page.key.type == .policies {
            governance = PolicyGovernance(owner: page.owner, reviewBy: frontMatter.reviewBy, authority: frontMatter.authority,
                                          scope: frontMatter.scope ?? .specific, steps: frontMatter.steps,
                                          limitChanged: PageRedline.limitChange(page: page, history: sourceHistory))
        }
        return ViewPage(
            key: page.key,
            title: frontMatter.title,
            summary: frontMatter.summary,
            document: document,
            categories: unique(categories.filter(isVisible)),
            related: unique(related.filter { isVisible($0) && $0 != page.key }),
            backlinks: backlinks,
            isInternalPage: !isPublic && page.audience == .internal,
            effective: page.key.type == .policies ? frontMatter.effective : nil,
            governance: governance,
            outcome: page.key.type == .scripts ? frontMatter.outcome : nil,
            order: page.key.type == .categories ? frontMatter.order : nil,
            tags: isPublic ? [] : frontMatter.tags,
            linkTargets: linkTargets,
            updated: history?.updated,
            history: isPublic ? nil : history,
            contentHash: isPublic ? nil : page.contentHash,
            sourcePath: page.sourcePath,
            redline: redline)
    }

    private static func unique(_ keys: [PageKey]) -> [PageKey] {
        var seen = Set<PageKey>()
        return keys.filter { seen.insert($0).inserted }
    }
}
