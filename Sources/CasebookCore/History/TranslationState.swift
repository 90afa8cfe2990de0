/// How a page stands in one of the other languages: translated and current, translated
/// but behind its source, or not translated.
public enum TranslationState: Sendable, Hashable {
    /// No change to the source is known after the translation's last change.
    case current
    /// The source changed after the translation's last change: first on this day, or in an
    /// uncommitted edit when it has no commit since.
    case outdated(since: ChangeDate)
    case missing

    /// The state of an existing translation. An uncommitted edit to the translation makes it
    /// the newest; else the source's commits after the translation's newest commit, then an
    /// uncommitted edit to the source, make it outdated. Without history it counts as current.
    public init(translation: TranslationHistory?, source: PageHistory?) {
        guard let translation, !translation.history.hasUncommittedChanges, !translation.history.commits.isEmpty else {
            self = .current
            return
        }
        if let first = translation.sourceCommitsSince.last {
            self = .outdated(since: .committed(first.date))
        } else if source?.hasUncommittedChanges == true {
            self = .outdated(since: .uncommitted)
        } else {
            self = .current
        }
    }

    /// The state's name in templates and tools: `current`, `outdated` or `missing`.
    public var name: String {
        switch self {
        case .current: "current"
        case .outdated: "outdated"
        case .missing: "missing"
        }
    }
}
