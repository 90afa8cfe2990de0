/// When a page's last change was made: in a commit, or in the working tree, not committed yet.
public enum ChangeDate: Sendable, Hashable {
    case committed(Timestamp)
    case uncommitted

    /// The last change of a page with this history: its uncommitted edit, if it has one,
    /// else its newest commit; `nil` when git knows of neither.
    public init?(_ history: PageHistory) {
        if history.hasUncommittedChanges {
            self = .uncommitted
        } else if let newest = history.commits.first {
            self = .committed(newest.date)
        } else {
            return nil
        }
    }
}
