/// A page as it stood before its last change, for redlines: its front matter and its
/// Markdown body, read from git.
public struct PreviousVersion: Sendable, Hashable {
    public var frontMatter: FrontMatter
    public var body: String

    public init(frontMatter: FrontMatter, body: String) {
        self.frontMatter = frontMatter
        self.body = body
    }

    /// The version in a file's bytes; `nil` when they are not UTF-8 or have no front matter.
    /// What is wrong with its front matter was reported when that version was built: a
    /// redline takes what can be read.
    public init?(bytes: [UInt8], type: PageType) {
        guard case .success(let text) = SourceText.decode(bytes),
              case .success(let split) = FrontMatterSplitter.split(text) else { return nil }
        self.init(frontMatter: FrontMatterDecoder.decode(split.yaml, type: type, path: "").0, body: split.body)
    }
}
