import Markdown

/// A page as one audience sees it: only what that audience may read is present. A class, so
/// the lists of a view (by type, by category, newest first) share one copy of each page.
public final class ViewPage: Sendable {
    public let key: PageKey
    public let title: String
    public let summary: String?
    /// The body; on the public site every `[!INTERNAL]` callout is already removed.
    public let document: MarkdownDocument
    /// Categories, related pages and backlinks this audience may see, in display order.
    public let categories: [PageKey]
    public let related: [PageKey]
    public let backlinks: [PageKey]
    /// True on the staff site for pages whose audience is internal.
    public let isInternalPage: Bool
    public let effective: CalendarDay?
    /// Owner, review date and authority: staff site only, `nil` on the public site.
    public let governance: PolicyGovernance?
    public let outcome: ScriptOutcome?
    public let order: Int?
    /// Free keywords: staff site only.
    public let tags: [String]
    /// What each destination left in `document` resolves to.
    public let linkTargets: [String: LinkTarget]
    /// When the page last changed in git: the one thing from git the public site shows.
    public let updated: Timestamp?
    /// Commits, authors and uncommitted edits: staff site only, `nil` on the public site.
    public let history: PageHistory?
    /// Git's id for the page's source file: staff site only.
    public let contentHash: String?
    /// The page's file relative to the repository: its translation's, for a translated page.
    public let sourcePath: String
    /// What the last change did to a policy's text and front matter: staff site only.
    public let redline: PageRedline?
    /// How the page stands in each other language (translated, or missing for a public
    /// page): staff site only, empty elsewhere.
    public let translations: [PageTranslation]
    /// For a translation shown in its language: whether its source changed after it. Staff
    /// site only.
    public let translationState: TranslationState?
    /// For an outdated translation: what changed in its source since the translation's
    /// last change. Staff site only.
    public let sourceChanges: PageRedline?

    init(key: PageKey,
         title: String,
         summary: String?,
         document: MarkdownDocument,
         categories: [PageKey],
         related: [PageKey],
         backlinks: [PageKey],
         isInternalPage: Bool,
         effective: CalendarDay?,
         governance: PolicyGovernance?,
         outcome: ScriptOutcome?,
         order: Int?,
         tags: [String],
         linkTargets: [String: LinkTarget],
         updated: Timestamp?,
         history: PageHistory?,
         contentHash: String?,
         sourcePath: String,
         redline: PageRedline?,
         translations: [PageTranslation] = [],
         translationState: TranslationState? = nil,
         sourceChanges: PageRedline? = nil) {
        self.key = key
        self.title = title
        self.summary = summary
        self.document = document
        self.categories = categories
        self.related = related
        self.backlinks = backlinks
        self.isInternalPage = isInternalPage
        self.effective = effective
        self.governance = governance
        self.outcome = outcome
        self.order = order
        self.tags = tags
        self.linkTargets = linkTargets
        self.updated = updated
        self.history = history
        self.contentHash = contentHash
        self.sourcePath = sourcePath
        self.redline = redline
        self.translations = translations
        self.translationState = translationState
        self.sourceChanges = sourceChanges
    }

    /// The page with what the staff site says of its translations.
    func with(translations: [PageTranslation], translationState: TranslationState?,
              sourceChanges: PageRedline?) -> ViewPage {
        ViewPage(key: key, title: title, summary: summary, document: document, categories: categories,
                 related: related, backlinks: backlinks, isInternalPage: isInternalPage, effective: effective,
                 governance: governance, outcome: outcome, order: order, tags: tags, linkTargets: linkTargets,
                 updated: updated, history: history, contentHash: contentHash, sourcePath: sourcePath,
                 redline: redline, translations: translations, translationState: translationState,
                 sourceChanges: sourceChanges)
    }
}

/// The parts of a policy that only staff see.
public struct PolicyGovernance: Sendable, Hashable {
    /// From the front matter or CODEOWNERS; `nil` only in content that did not validate.
    public var owner: PolicyOwner?
    public var reviewBy: CalendarDay?
    public var authority: [AuthorityGrant]
    public var scope: PolicyScope = .specific
    /// What an agent does under the policy, in order.
    public var steps: [String] = []
    /// When the approval limits changed, if the policy's last change changed them.
    public var limitChanged: ChangeDate?
}
