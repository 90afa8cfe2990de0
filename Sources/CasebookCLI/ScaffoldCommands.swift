import ArgumentParser
import CasebookCore
import Foundation

/// The kind of page `casebook new` writes, named in the singular.
public enum NewPageKind: String, CaseIterable, Sendable, ExpressibleByArgument {
    case policy, faq, script, category

    /// The folder (type) such a page goes in.
    public var type: PageType {
        switch self {
        case .policy: .policies
        case .faq: .faq
        case .script: .scripts
        case .category: .categories
        }
    }
}

/// `casebook new`
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Write a new page with the right front matter and a starter body.")

    @Argument(help: "policy, faq, script or category.")
    var kind: NewPageKind

    @Argument(help: "The page's title (for an FAQ entry, the question); the file name is made from it.")
    var title: String

    @Option(name: .long, help: "A category id the page belongs to (repeatable).")
    var category: [String] = []

    @Option(name: .long, help: "The page's id, its file name without .md (default: made from the title).")
    var id: String?

    @OptionGroup var options: RootOptions

    func run() throws {
        try finish(Commands.new(root: options.rootURL, type: kind.type, title: title, id: id, categories: category,
                                today: BuildDay.today()))
    }
}

/// `casebook init`
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create a new content repository that builds as it is.")

    @Argument(help: "The folder to create it in (made if missing).")
    var directory: String

    func run() throws {
        try finish(Commands.initialize(directory: URL(fileURLWithPath: directory).standardizedFileURL,
                                       today: BuildDay.today()))
    }
}
