/// How a build uses git history.
public struct HistoryOptions: Sendable {
    /// Read history at all (`--no-history` turns it off, for speed or for a folder that is not a repository).
    public var enabled: Bool
    /// Missing or incomplete history is an error rather than a warning (`--require-history`, for CI).
    public var required: Bool
    /// Build the content as it stood at this tag, branch or commit (`--rev`).
    public var revision: String?

    public init(enabled: Bool = true, required: Bool = false, revision: String? = nil) {
        self.enabled = enabled
        self.required = required
        self.revision = revision
    }
}
