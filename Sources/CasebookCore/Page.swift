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

    /// The file line and column (in characters) of a position the Markdown parser reported.
    public func fileLocation(of location: SourceLocation) -> (line: Int, column: Int) {
        let line = bodyStartLine + max(location.line, 1) - 1
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        let index = location.line - 1
        guard lines.indices.contains(index) else { return (line, max(location.column, 1)) }
        let prefix = lines[index].utf8.prefix(max(location.column - 1, 0))
        let column = String(decoding: Array(prefix), as: UTF8.self).count + 1
        return (line, column)
    }
}
