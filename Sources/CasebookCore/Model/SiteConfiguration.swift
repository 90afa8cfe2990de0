/// The settings of `casebook.yml`; every key has a default.
public struct SiteConfiguration: Sendable, Equatable {
    /// The title and address of one of the two sites.
    public struct SiteSettings: Sendable, Equatable {
        public var title: String
        /// The absolute address the site is published at, ending in `/`; needed for `sitemap.xml`.
        public var baseURL: String?
    }

    public var title: String
    public var `internal`: SiteSettings
    public var `public`: SiteSettings
    /// The audience of a page that does not set one, per type.
    public var defaultAudience: [PageType: Audience]
    /// Words and phrases search takes for one another (`search.synonyms`), in the file's
    /// order: each group is a key followed by its list, as written.
    public var synonyms: [[String]]

    public init(title: String = "Casebook",
                internalSite: SiteSettings? = nil,
                publicSite: SiteSettings? = nil,
                defaultAudience: [PageType: Audience] = [:],
                synonyms: [[String]] = []) {
        self.title = title
        self.internal = internalSite ?? SiteSettings(title: "\(title) Staff Guide", baseURL: nil)
        self.public = publicSite ?? SiteSettings(title: "\(title) Help Center", baseURL: nil)
        self.defaultAudience = defaultAudience
        self.synonyms = synonyms
    }

    public func settings(for audience: Audience) -> SiteSettings {
        audience == .public ? self.public : self.internal
    }

    /// The audience of a page of `type` whose front matter names none: `internal` unless configured.
    public func audience(forPageOf type: PageType) -> Audience {
        defaultAudience[type] ?? .internal
    }
}
