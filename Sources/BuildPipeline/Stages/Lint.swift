import CasebookCore

/// Adds the writers' checks of `ContentLinter` (`casebook check`), which never stop a build.
struct Lint: BuildStage {
    var makesOutput: Bool { false }

    func run(_ context: BuildContext) {
        context.diagnostics.append(contentsOf: ContentLinter.lint(context.graph, today: context.options.today))
    }
}
