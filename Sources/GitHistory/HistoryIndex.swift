import CasebookCore

/// Folds a newest-first commit list into a history per current path, following renames.
enum HistoryIndex {
    /// - Parameter shallowBoundaries: commits at the edge of a shallow clone; what they seem
    ///   to add may be older, so dates they would give are left unknown.
    static func build(_ entries: [GitLogParser.Entry], shallowBoundaries: Set<String> = []) -> [String: PageHistory] {
        var histories: [String: PageHistory] = [:]
        /// A path as it was named in older commits → the path it has now.
        var currentName: [String: String] = [:]
        var deleted = Set<String>()
        for entry in entries {
            let isBoundary = shallowBoundaries.contains(entry.commit.id)
            for change in entry.changes {
                let path = currentName[change.path] ?? change.path
                if change.status == "D" {
                    // A file deleted later and not re-added belongs to no page now.
                    if histories[path] == nil { deleted.insert(path) }
                    continue
                }
                if deleted.contains(path) { continue }
                var history = histories[path] ?? PageHistory()
                if history.commits.last?.id != entry.commit.id { history.commits.append(entry.commit) }
                if history.commits.count == 1 {
                    history.updated = isBoundary ? nil : entry.commit.date
                    history.newestRevision = revision(entry.commit.id, change.path)
                } else if history.commits.count == 2, history.previousRevision == nil {
                    history.previousRevision = revision(entry.commit.id, change.path)
                }
                history.created = isBoundary ? nil : entry.commit.date
                histories[path] = history
                if let from = change.from, change.status == "R" { currentName[from] = path }
            }
        }
        return histories
    }

    /// How `git cat-file` names a file in a commit. The log's paths are relative to the content
    /// repository, which may be a folder inside the git repository: `./` says so.
    private static func revision(_ commit: String, _ path: String) -> String {
        "\(commit):./\(path)"
    }
}
