/// Who is accountable for a policy, and where that is written.
public struct PolicyOwner: Sendable, Hashable {
    /// The front matter's `owner`, or a CODEOWNERS rule.
    public enum Source: Sendable, Hashable {
        case frontMatter
        case codeOwners(path: String, line: Int)
    }

    public var name: String
    public var source: Source

    public init(name: String, source: Source) {
        self.name = name
        self.source = source
    }
}
