import CasebookCore

/// The stages each kind of build runs, in order. A full build and a rebuild after an edit
/// differ only in how they read: they render and commit through the same stages.
enum BuildPlan {
    /// Everything from the repository (or a revision of it): `casebook build`, `check` and
    /// the first build of `serve`.
    static func full(lint: Bool, revision: String?) -> [any BuildStage] {
        var stages: [any BuildStage] = []
        if revision != nil { stages.append(ExportRevision()) }
        stages.append(ReadRepository())
        if lint { stages.append(Lint()) }
        return stages + [LoadTheme(), OpenOutput()] + rendering
    }

    /// A rebuild after an edit to the bodies of the pages `keys`, over the last good build's context.
    static func pages(_ keys: [PageKey]) -> [any BuildStage] {
        [RereadPages(keys: keys), RefreshUncommitted()] + rendering
    }

    /// Both sites, staff guide first, then the output made final.
    private static var rendering: [any BuildStage] {
        [RenderAudience(audience: .internal), RenderAudience(audience: .public), Commit()]
    }
}
