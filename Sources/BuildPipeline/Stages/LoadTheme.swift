import CasebookCore
import SiteBuilder

/// Loads the theme: the default templates, with the repository's own taking their place by
/// name, and checks it has the words of every configured language.
struct LoadTheme: BuildStage {
    var makesOutput: Bool { false }

    func run(_ context: BuildContext) {
        let (theme, diagnostics) = Theme.load(context.layout, defaultDirectory: context.options.themeDirectory)
        context.theme = theme
        context.diagnostics.append(contentsOf: diagnostics)
        // Every language the sites are built in needs the theme's words in it.
        for language in context.graph.configuration.languages where theme.strings.table(for: language.code) == nil {
            context.diagnostics.append(ThemeStrings.missingLanguage(language.code))
        }
    }
}
