import CasebookCore
import CasebookTestSupport
import SiteBuilder

/// The default theme's strings, as a build with no strings of its own has them.
enum DefaultStrings {
    static let theme: ThemeStrings = {
        let root = try! TemporaryDirectory()
        defer { root.remove() }
        return Theme.load(RepositoryLayout(root: root.url)).0.strings
    }()

    static let english = theme.table(for: "en")!
    static let spanish = theme.table(for: "es")!
}
