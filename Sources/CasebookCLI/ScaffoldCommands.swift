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

/// What `casebook new` is asked to write: a page of a kind (`faq`), or, with `--lang`, a
/// translation of a page named by its folder and id (`faq/late-fee`, also `content/faq/late-fee.md`).
enum NewTarget: ExpressibleByArgument {
    case kind(NewPageKind)
    case page(PageKey)

    init?(argument: String) {
        if let kind = NewPageKind(rawValue: argument) {
            self = .kind(kind)
            return
        }
        var path = argument.hasPrefix("content/") ? String(argument.dropFirst("content/".count)) : argument
        if !path.hasSuffix(".md") { path += ".md" }
        guard let key = PageKey(contentPath: path), PageKey.isValidID(key.id) else { return nil }
        self = .page(key)
    }
}

/// `casebook new`
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Write a new page with the right front matter and a starter body, or start a translation.")

    @Argument(help: "policy, faq, script or category; with --lang, the page to translate as TYPE/ID (faq/late-fee).")
    var kind: NewTarget

    @Argument(help: "The page's title (for an FAQ entry, the question); the file name is made from it.")
    var title: String?

    @Option(name: .long, help: "Start a translation of the page into this language (one casebook.yml names).")
    var lang: String?

    @Option(name: .long, help: "A category id the page belongs to (repeatable).")
    var category: [String] = []

    @Option(name: .long, help: "The page's id, its file name without .md (default: made from the title).")
    var id: String?

    @OptionGroup var options: RootOptions

    func validate() throws {
        switch (kind, lang) {
        case (.kind(let kind), nil):
            guard title != nil else {
                throw ValidationError("give the page a title, e.g. casebook new \(kind.rawValue) \"Refunds after a move\"")
            }
        case (.page(let key), nil):
            throw ValidationError("'\(key.type.rawValue)/\(key.id)' names a page: to translate it, add --lang and the language")
        case (.kind(let kind), _?):
            throw ValidationError("--lang translates a page: name it as TYPE/ID, e.g. casebook new --lang es \(kind.type.rawValue)/ID")
        case (.page, _?):
            guard title == nil, id == nil, category.isEmpty else {
                throw ValidationError("a translation takes its title, id and categories from its source: give only TYPE/ID")
            }
        }
    }

    func run() throws {
        switch kind {
        case .page(let key):
            try finish(Commands.newTranslation(root: options.rootURL, language: lang ?? "", of: key))
        case .kind(let kind):
            try finish(Commands.new(root: options.rootURL, type: kind.type, title: title ?? "", id: id, categories: category,
                                    today: BuildDay.today()))
        }
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
