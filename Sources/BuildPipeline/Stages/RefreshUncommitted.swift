import CasebookCore
import GitHistory

/// The history stage of a rebuild after an edit: sets the "uncommitted changes" mark of the
/// changed pages as `git status` now says, without reading the history again. When the mark
/// changed for another page too (or git cannot say), a full build is needed.
struct RefreshUncommitted: BuildStage {
    var makesOutput: Bool { false }

    func run(_ context: BuildContext) throws(BuildStop) {
        let changed = Set((context.changedPages ?? []).map(\.key))
        guard context.options.history.enabled, context.layout.revision == nil, !changed.isEmpty else { return }
        guard let now = RepositoryHistory.uncommittedPages(root: context.layout.root) else {
            if context.graph.histories.isEmpty { return }
            throw .needsFullBuild
        }
        let before = Set(context.graph.histories.filter { $0.value.hasUncommittedChanges }.keys)
        let flipped = before.symmetricDifference(now)
        guard flipped.isSubset(of: changed) else { throw .needsFullBuild }
        for key in flipped {
            var history = context.graph.histories[key] ?? PageHistory()
            history.hasUncommittedChanges = now.contains(key)
            // A page git knows nothing about has no history at all, as in a full build.
            context.graph.histories[key] = history == PageHistory() ? nil : history
        }
    }
}
