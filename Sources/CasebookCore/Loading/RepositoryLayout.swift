import Foundation

/// Where everything of a content repository is: the one place that knows its paths.
///
/// A build reads `content/`, `templates/`, `casebook.yml` and CODEOWNERS from its source
/// folder: the repository itself, or, for a build of a revision (`--rev`), a snapshot of
/// that revision exported to a temporary folder. Git history is always read from the
/// repository itself, and the sites go beside it (`site/`) unless told otherwise.
public struct RepositoryLayout: Sendable, Equatable {
    /// The folder of `content/` in a repository, and how diagnostics name it.
    public static let contentFolder = "content"
    /// The folder of the repository's own templates, overriding the default theme's by name.
    public static let templatesFolder = "templates"
    /// The site configuration.
    public static let configurationFile = "casebook.yml"
    /// Where git hosts look for CODEOWNERS, in GitHub's order: the first that exists is used.
    public static let codeOwnersLocations = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"]

    /// The repository as named on the command line (`--root`): git runs here.
    public let root: URL
    /// The revision the build reads (`--rev`); `nil` for the working tree.
    public let revision: String?
    /// Where the build's files are read from: `root`, or the folder the revision is exported to.
    public let sourceFolder: URL

    /// The working tree of the repository at `root`, or, given a `revision`, that revision as
    /// it will be exported into a new temporary folder (see `snapshot`).
    public init(root: URL, revision: String? = nil) {
        self.root = root
        self.revision = revision
        sourceFolder = revision == nil ? root
            : FileManager.default.temporaryDirectory.appendingPathComponent("casebook-rev-\(UUID().uuidString)")
    }

    /// The folder a revision is to be exported to and removed from after the build; `nil`
    /// for the working tree.
    public var snapshot: URL? { revision == nil ? nil : sourceFolder }

    /// `content/`: the pages and the files they link to.
    public var content: URL { sourceFolder.appendingPathComponent(Self.contentFolder) }
    /// `templates/`: the repository's own templates and assets.
    public var templates: URL { sourceFolder.appendingPathComponent(Self.templatesFolder) }
    /// `casebook.yml`.
    public var configuration: URL { sourceFolder.appendingPathComponent(Self.configurationFile) }
    /// The places CODEOWNERS may stand, in the order they are tried, each with its path as
    /// diagnostics name it.
    public var codeOwnersCandidates: [(path: String, url: URL)] {
        Self.codeOwnersLocations.map { ($0, sourceFolder.appendingPathComponent($0)) }
    }
    /// Where `casebook build` writes the sites unless told otherwise: `site/` in the repository.
    public var defaultOutput: URL { root.appendingPathComponent("site") }

    /// The page an absolute path names, if it is a page file under `content/` by its form
    /// (`content/<type>/<id>.md`, not a README).
    public func pageKey(at path: String) -> PageKey? {
        let folder = content.standardizedFileURL.path + "/"
        guard path.hasPrefix(folder), let key = PageKey(contentPath: String(path.dropFirst(folder.count))),
              PageKey.isValidID(key.id) else { return nil }
        return key
    }
}
