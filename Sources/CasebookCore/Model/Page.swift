import Markdown

/// One content page as loaded: front matter, resolved audience and parsed body.
public struct Page: Sendable {
    public var key: PageKey
    public var frontMatter: FrontMatter
    /// The front matter's audience, or the configured default for the type.
    public var audience: Audience
    public var document: MarkdownDocument
    /// The file line the Markdown body starts on.
    public var bodyStartLine: Int
    /// The Markdown body, kept to turn parser positions into file positions.
    public var body: String
    /// Git's id for the file's bytes (`GitBlobHash`).
    public var contentHash: String
    /// A policy's owner: its front matter's, or one from CODEOWNERS (see `OwnerAssignment`).
    public var owner: PolicyOwner?

    public var title: String { frontMatter.title }
}
