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
