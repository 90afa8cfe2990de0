/// All pages of a content repository with their resolved links: what both sites are built from.
public struct ContentGraph: Sendable {
    /// A link from one page to another, and whether it stands inside an `[!INTERNAL]` callout.
    public struct PageLink: Sendable, Hashable {
        public var from: PageKey
        public var to: PageKey
        public var insideInternal: Bool
    }

    public let configuration: SiteConfiguration
    /// Every page, sorted by type then id.
    public private(set) var pages: [Page]
    /// Per page, what each link or image destination written in it resolves to.
    public private(set) var linkTargets: [PageKey: [String: LinkTarget]]
    /// What git knows about each page; empty when the build has no history.
    public var histories: [PageKey: PageHistory] = [:]
    /// Paths relative to `content/` of the files that are not pages.
    public let otherFiles: Set<String>

    public init(configuration: SiteConfiguration, pages: [Page], linkTargets: [PageKey: [String: LinkTarget]],
                otherFiles: Set<String> = []) {
        self.configuration = configuration
        self.pages = pages.sorted { $0.key < $1.key }
        self.linkTargets = linkTargets
        self.otherFiles = otherFiles
    }

    /// The translations by language: each its source's page with the translation's title,
    /// summary and body (`Page.language` set).
    public private(set) var translations: [String: [PageKey: Page]] = [:]
    /// Per language and page, what each destination written in the translation resolves to.
    public private(set) var translationLinkTargets: [String: [PageKey: [String: LinkTarget]]] = [:]

    /// Adds a paired translation with where its links lead.
    public mutating func addTranslation(_ page: Page, linkTargets targets: [String: LinkTarget]) {
        guard let language = page.language else { return }
        translations[language, default: [:]][page.key] = page
        translationLinkTargets[language, default: [:]][page.key] = targets
    }

    /// What git knows about each translation, by language and source page; empty without history.
    public var translationHistories: [String: [PageKey: TranslationHistory]] = [:]

    /// The languages other than the default that `key` is translated into, sorted.
    public func languages(translating key: PageKey) -> [String] {
        translations.keys.filter { translations[$0]?[key] != nil }.sorted()
    }

    /// How the page `key` stands in `language`: `missing` without a translation, else
    /// whether its source changed after it (see `TranslationState`).
    public func translationState(of key: PageKey, in language: String) -> TranslationState {
        guard translations[language]?[key] != nil else { return .missing }
        return TranslationState(translation: translationHistories[language]?[key], source: histories[key])
    }

    /// The content as readers of `language` see it: each translated page in that language,
    /// every other page in the default language. A translated page has its translation's
    /// git history (its source's would date it wrongly).
    public func localized(to language: String) -> ContentGraph {
        guard let translated = translations[language], !translated.isEmpty else { return self }
        var graph = self
        graph.pages = pages.map { translated[$0.key] ?? $0 }
        for (key, targets) in translationLinkTargets[language] ?? [:] {
            graph.linkTargets[key] = targets
            graph.histories[key] = translationHistories[language]?[key]?.history
        }
        return graph
    }

    /// Puts a new version of one of its pages (same key) in place, with that page's link
    /// targets; in place, so an unshared graph is not copied.
    public mutating func replace(_ page: Page, linkTargets targets: [String: LinkTarget]) {
        guard let index = pages.firstIndex(where: { $0.key == page.key }) else { return }
        pages[index] = page
        linkTargets[page.key] = targets
    }

    /// Every link between two pages, in page order.
    public var pageLinks: [PageLink] {
        pages.flatMap { page -> [PageLink] in
            let targets = linkTargets[page.key] ?? [:]
            return page.document.links.compactMap { link in
                guard case .page(let target, _)? = targets[link.destination], target != page.key else { return nil }
                return PageLink(from: page.key, to: target, insideInternal: link.insideInternal)
            }
        }
    }
}
