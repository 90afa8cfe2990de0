import Foundation
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
    /// The file the page was read from (in the working tree, or in the snapshot of a
    /// revision); `nil` for a page read from bytes alone. Its body is not kept: a build of
    /// 100,000 pages would hold 300 MB of it. What needs the text again (a diagnostic's
    /// column) reads it from here (`PageReader.body(of:)`).
    public var file: URL?
    /// Git's id for the file's bytes (`GitBlobHash`).
    public var contentHash: String
    /// A policy's owner: its front matter's, or one from CODEOWNERS (see `OwnerAssignment`).
    public var owner: PolicyOwner?
    /// The language of a translation (`faq/late-fee.es.md`); `nil` for a page in the default
    /// language. A translation has its source's key.
    public var language: String?

    public var title: String { frontMatter.title }

    /// The page's file relative to the repository, as diagnostics name it.
    public var sourcePath: String { key.sourcePath(in: language) }
}
