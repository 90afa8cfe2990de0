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
        let configuration = context.graph.configuration
        guard let changed = context.changedPages else {
            let site = audience == .internal ? "staff guide" : "help center"
            let keep = if case .memory = output { true } else { false }
            for language in configuration.languages {
                let languages = configuration.otherLanguages.isEmpty ? "" : " in \(language.name)"
                context.progress("Rendering the \(site)\(languages) (\(context.graph.pages.count) pages read)")
                let isDefault = language.code == configuration.language.code
                let view = AudienceView(graph: context.graph, audience: audience, language: isDefault ? nil : language)
                context.audiences.append(AudienceBuild(rendering: view, theme: theme, layout: context.layout, today: today,
                                                       into: output.sink, keep: keep))
            }
            return
        }
        // Only a site held in memory can be changed in place: each of its languages.
        guard case .memory(let sink) = output else { throw .needsFullBuild }
        let builds = context.audiences.indices.filter { context.audiences[$0].audience == audience }
        guard !builds.isEmpty else { throw .needsFullBuild }
        for index in builds {
            let code = context.audiences[index].language
            let isDefault = code == configuration.language.code
            let graph = isDefault ? context.graph : context.graph.localized(to: code)
            // A translated page did not change in its language; the others show the edit.
            let pages = isDefault ? changed : changed.filter { context.graph.translations[code]?[$0.key] == nil }
            guard context.audiences[index].takeIn(pages, from: graph, theme: theme, layout: context.layout,
                                                  today: today, into: sink) else { throw .needsFullBuild }
        }
    }
}
