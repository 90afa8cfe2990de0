/// What git knows about one translation: its own file's history, and what its source did
/// after the translation's last commit.
public struct TranslationHistory: Sendable, Hashable {
    /// The translation file's history: its commits, last change and uncommitted edits.
    public var history: PageHistory
    /// The source's commits after the translation's newest commit, newest first.
    public var sourceCommitsSince: [Commit]
    /// Where the source can be read as it stood at the translation's newest commit:
    /// `commit:path`; `nil` when the translation was never committed.
    public var sourceRevision: String?
    /// The source as it stood then, read only when it changed since (for the redline).
    public var sourceThen: PreviousVersion?

    public init(history: PageHistory, sourceCommitsSince: [Commit] = [], sourceRevision: String? = nil,
                sourceThen: PreviousVersion? = nil) {
        self.history = history
        self.sourceCommitsSince = sourceCommitsSince
        self.sourceRevision = sourceRevision
        self.sourceThen = sourceThen
    }
}
