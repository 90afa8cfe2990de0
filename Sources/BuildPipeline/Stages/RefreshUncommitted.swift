import CasebookCore
import GitHistory

/// The history stage of a rebuild after an edit: sets the "uncommitted changes" mark of the
/// changed pages as `git status` now says, without reading the history again. When the mark
/// changed for another page too (or git cannot say), a full build is needed; so it is for an
/// edit to a translated page, whose translations' staff pages compare it with the version
/// they were translated from, and whose state the governance page lists.
struct RefreshUncommitted: BuildStage {
    var makesOutput: Bool { false }

    func run(_ context: BuildContext) throws(BuildStop) {
        let changed = Set((context.changedPages ?? []).map(\.key))
        guard context.options.history.enabled, context.layout.revision == nil, !changed.isEmpty else { return }
        guard changed.allSatisfy({ context.graph.languages(translating: $0).isEmpty }) else { throw .needsFullBuild }
        guard let now = RepositoryHistory.uncommittedPages(root: context.layout.root) else {
            if context.graph.histories.isEmpty { return }
            throw .needsFullBuild
        }
        let before = Set(context.graph.histories.filter { $0.value.hasUncommittedChanges }.keys)
        let flipped = before.symmetricDifference(now)
        guard flipped.isSubset(of: changed) else { throw .needsFullBuild }
        guard !flipped.isEmpty else { return }
        let limitChangesBefore = limitChanges(of: flipped, context)
        for key in flipped {
            var history = context.graph.histories[key] ?? PageHistory()
            history.hasUncommittedChanges = now.contains(key)
            // A page git knows nothing about has no history at all, as in a full build.
            context.graph.histories[key] = history == PageHistory() ? nil : history
        }
        // The last change of a flipped page is now another one: its redline compares with another version.
        RepositoryHistory.refreshPrevious(of: flipped, in: &context.graph.histories, root: context.layout.root)
        // The governance page lists limit changes, and it is not rendered again here.
        guard limitChanges(of: flipped, context) == limitChangesBefore else { throw .needsFullBuild }
    }

    /// When each of the pages' last change changed its approval limits, if it did.
    private func limitChanges(of keys: Set<PageKey>, _ context: BuildContext) -> [PageKey: ChangeDate] {
        var result: [PageKey: ChangeDate] = [:]
        for page in context.graph.pages where keys.contains(page.key) {
            result[page.key] = PageRedline.limitChange(page: page, history: context.graph.histories[page.key])
        }
        return result
    }
}
