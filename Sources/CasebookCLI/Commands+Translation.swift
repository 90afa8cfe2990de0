import CasebookCore
import Foundation

extension Commands {
    /// `casebook new --lang LANG TYPE/ID`: writes `content/TYPE/ID.LANG.md` from the page
    /// `content/TYPE/ID.md`, never over a file. A language `casebook.yml` does not name, or a
    /// page that does not exist or cannot be read, is refused as a usage error.
    public static func newTranslation(root: URL, language: String, of key: PageKey) -> CommandOutcome {
        func refuse(_ message: String) -> CommandOutcome { CommandOutcome(status: .usage, standardError: ["error: \(message)"]) }
        let layout = RepositoryLayout(root: root)
        let (configuration, problems) = SiteConfigurationLoader.load(layout)
        if let problem = problems.first(where: { $0.severity == .error }) { return refuse(problem.description) }
        guard configuration.otherLanguage(language) != nil else {
            let named = configuration.otherLanguages.map { "'\($0.code)'" }.joined(separator: ", ")
            return refuse("casebook.yml does not name '\(language)' among its other languages"
                + (named.isEmpty ? " (add it under 'languages:')" : " (it names \(named))"))
        }
        guard FileManager.default.fileExists(atPath: layout.content.appendingPathComponent(key.contentPath).path) else {
            return refuse("\(key.sourcePath) does not exist: a translation is made from its source page")
        }
        let (source, _) = ContentLoader.reload(key, in: layout, configuration: configuration)
        guard let source, let body = PageReader.body(of: source) else {
            return refuse("\(key.sourcePath) cannot be read as a page: run casebook check")
        }
        let path = key.sourcePath(in: language)
        let starter = TranslationStarter(title: source.title, summary: source.frontMatter.summary, body: body)
        do {
            try ScaffoldWriter.write([(path, starter.text)], under: root)
        } catch {
            return CommandOutcome(status: error.status, standardError: ["error: \(error)"])
        }
        return CommandOutcome(status: .success, standardOutput: ["Wrote \(path): translate its title, summary and text"])
    }
}
