/// The settings of `casebook.yml`; every key has a default.
public struct SiteConfiguration: Sendable, Equatable {
    /// The title and address of one of the two sites.
    public struct SiteSettings: Sendable, Equatable {
        public var title: String
        /// The absolute address the site is published at, ending in `/`; needed for `sitemap.xml`.
        public var baseURL: String?
        /// The "Still need help?" block: public site only, empty on the staff site.
        public var contact = ContactDetails()
    }

    public var title: String
    public var `internal`: SiteSettings
    public var `public`: SiteSettings
    /// The audience of a page that does not set one, per type.
    public var defaultAudience: [PageType: Audience]
    /// Words and phrases search takes for one another (`search.synonyms`), in the file's
    /// order: each group is a key followed by its list, as written.
    public var synonyms: [[String]]
    /// The language pages are written in (`language`, default English).
    public var language: SiteLanguage
    /// The other languages (`languages`), in the file's order: each gets translations and
    /// its own copy of both sites under `/<code>/`.
    public var otherLanguages: [SiteLanguage]

    public init(title: String = "Casebook",
                internalSite: SiteSettings? = nil,
                publicSite: SiteSettings? = nil,
                defaultAudience: [PageType: Audience] = [:],
                synonyms: [[String]] = [],
                language: SiteLanguage = SiteLanguage(code: "en"),
                otherLanguages: [SiteLanguage] = []) {
        self.title = title
        self.internal = internalSite ?? SiteSettings(title: "\(title) Staff Guide", baseURL: nil)
        self.public = publicSite ?? SiteSettings(title: "\(title) Help Center", baseURL: nil)
        self.defaultAudience = defaultAudience
        self.synonyms = synonyms
        self.language = language
        self.otherLanguages = otherLanguages
    }

    public func settings(for audience: Audience) -> SiteSettings {
        audience == .public ? self.public : self.internal
    }

    /// A site's title, address and contact details in one language: the language's title when
    /// it has one, and its contact details over the default language's.
    public func settings(for audience: Audience, in language: SiteLanguage) -> SiteSettings {
        var settings = settings(for: audience)
        let title = audience == .public ? language.publicTitle : language.internalTitle
        if let title { settings.title = title }
        if audience == .public { settings.contact = settings.contact.overridden(by: language.publicContact) }
        return settings
    }

    /// Every language, the default first.
    public var languages: [SiteLanguage] { [language] + otherLanguages }

    /// The other language with this code, if the configuration names it.
    public func otherLanguage(_ code: String) -> SiteLanguage? {
        otherLanguages.first { $0.code == code }
    }

    /// The audience of a page of `type` whose front matter names none: `internal` unless configured.
    public func audience(forPageOf type: PageType) -> Audience {
        defaultAudience[type] ?? .internal
    }
}
