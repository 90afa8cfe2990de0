import CasebookCore

/// Renders one audience's site into the build's output: the whole of its view, or, in a
/// rebuild after an edit, only what the changed pages touch.
struct RenderAudience: BuildStage {
    let audience: Audience
    var makesOutput: Bool { true }

    func run(_ context: BuildContext) throws(BuildStop) {
        guard let theme = context.theme, let output = context.output else {
            preconditionFailure("RenderAudience runs after LoadTheme and OpenOutput")
        }
        let today = context.options.today
        guard let changed = context.changedPages else {
            let site = audience == .internal ? "staff guide" : "help center"
            context.progress("Rendering the \(site) (\(context.graph.pages.count) pages read)")
            let view = AudienceView(graph: context.graph, audience: audience)
            let keep = if case .memory = output { true } else { false }
            context.audiences.append(AudienceBuild(rendering: view, theme: theme, layout: context.layout, today: today,
                                                   into: output.sink, keep: keep))
            return
        }
        // Only a site held in memory can be changed in place.
        guard case .memory(let sink) = output,
              let index = context.audiences.firstIndex(where: { $0.audience == audience }) else { throw .needsFullBuild }
        guard context.audiences[index].takeIn(changed, from: context.graph, theme: theme, layout: context.layout,
                                              today: today, into: sink) else { throw .needsFullBuild }
    }
}
