import SiteBuilder

/// Loads the theme: the default templates, with the repository's own taking their place by name.
struct LoadTheme: BuildStage {
    var makesOutput: Bool { false }

    func run(_ context: BuildContext) {
        let (theme, diagnostics) = Theme.load(context.layout, defaultDirectory: context.options.themeDirectory)
        context.theme = theme
        context.diagnostics.append(contentsOf: diagnostics)
    }
}
