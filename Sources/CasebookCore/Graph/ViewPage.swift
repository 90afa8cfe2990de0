import Markdown

/// A page as one audience sees it: only what that audience may read is present.
public struct ViewPage: Sendable {
    public var key: PageKey
    public var title: String
    public var summary: String?
    /// The body; on the public site every `[!INTERNAL]` callout is already removed.
    public var document: MarkdownDocument
    /// Categories, related pages and backlinks this audience may see, in display order.
    public var categories: [PageKey]
    public var related: [PageKey]
    public var backlinks: [PageKey]
    /// True on the staff site for pages whose audience is internal.
    public var isInternalPage: Bool
    public var effective: CalendarDay?
    /// Owner, review date and authority: staff site only, `nil` on the public site.
    public var governance: PolicyGovernance?
    public var outcome: ScriptOutcome?
    public var order: Int?
    /// Free keywords: staff site only.
    public var tags: [String]
    /// What each destination left in `document` resolves to.
    public var linkTargets: [String: LinkTarget]
    /// When the page last changed in git: the one thing from git the public site shows.
    public var updated: Timestamp?
    /// Commits, authors and uncommitted edits: staff site only, `nil` on the public site.
    public var history: PageHistory?
    /// Git's id for the page's source file: staff site only.
    public var contentHash: String?
    /// What the last change did to a policy's text: staff site only.
    public var redline: [WordDiff.Segment]?
}

/// The parts of a policy that only staff see.
public struct PolicyGovernance: Sendable, Hashable {
    /// From the front matter or CODEOWNERS; `nil` only in content that did not validate.
    public var owner: PolicyOwner?
    public var reviewBy: CalendarDay?
    public var authority: [AuthorityGrant]
}
