import Foundation
import Markdown

/// Reads `casebook.yml` and every page under `content/`, in parallel, reporting what is wrong
/// with each file on its own.
public enum ContentLoader {
    public static func load(_ layout: RepositoryLayout) -> LoadedContent {
        var diagnostics = Diagnostics()
        let (configuration, configurationDiagnostics) = SiteConfigurationLoader.load(layout)
        diagnostics.append(contentsOf: configurationDiagnostics)

        let contentDirectory = layout.content
        if let problem = ContentFolders.problem(withContentOf: layout) {
            diagnostics.append(problem)
            return LoadedContent(configuration: configuration, pages: [], otherFiles: [], diagnostics: diagnostics)
        }
        diagnostics.append(contentsOf: ContentFolders.typeFolderProblems(in: contentDirectory))

        let listing = FolderListing.repositoryFolder(contentDirectory, named: RepositoryLayout.contentFolder,
                                                     in: layout.sourceFolder)
        diagnostics.append(contentsOf: listing.diagnostics)
        var pageFiles: [(PageKey, URL, String?)] = []
        var otherFiles = Set<String>()
        for path in listing.paths {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            guard name.hasSuffix(".md") else {
                // A file standing where a type folder should is reported above, not published.
                if PageType(rawValue: path) == nil { otherFiles.insert(path) }
                continue
            }
            if name == "README.md" { continue }
            switch classify(markdownPath: path, configuration: configuration) {
            case .page(let key): pageFiles.append((key, contentDirectory.appendingPathComponent(path), nil))
            case .translation(let key, let language):
                pageFiles.append((key, contentDirectory.appendingPathComponent(path), language))
            case .problem(let diagnostic): diagnostics.append(diagnostic)
            }
        }

        let results = pageFiles.parallelMap { key, url, language in
            readPage(key, at: url, configuration: configuration, language: language)
        }
        var pages: [Page] = []
        var translations: [Page] = []
        for (page, pageDiagnostics) in results {
            diagnostics.append(contentsOf: pageDiagnostics)
            guard let page else { continue }
            if page.language == nil { pages.append(page) } else { translations.append(page) }
        }
        return LoadedContent(configuration: configuration, pages: pages, translations: translations,
                             otherFiles: otherFiles, diagnostics: diagnostics)
    }

    private enum MarkdownFile {
        case page(PageKey)
        case translation(PageKey, language: String)
        case problem(Diagnostic)
    }

    private static func classify(markdownPath path: String, configuration: SiteConfiguration) -> MarkdownFile {
        let source = "content/\(path)"
        let parts = path.split(separator: "/")
        guard parts.count == 2, let type = PageType(rawValue: String(parts[0])) else {
            let folders = PageType.allCases.map { "\($0.rawValue)/" }.joined(separator: ", ")
            return .problem(Diagnostic(.warning, source, "not a page: pages stand directly in \(folders); ignored"))
        }
        let id = String(parts[1].dropLast(3))
        if let (sourceID, language) = PageKey.translationParts(of: id) {
            guard configuration.otherLanguage(language) != nil else {
                let named = configuration.otherLanguages.map { "'\($0.code)'" }.joined(separator: ", ")
                let reason = language == configuration.language.code
                    ? "'\(language)' is the default language: the source is '\(sourceID).md'"
                    : named.isEmpty ? "casebook.yml names no other languages (add 'languages:')"
                    : "casebook.yml names only \(named)"
                return .problem(Diagnostic(.error, source, "translation into '\(language)': \(reason)"))
            }
            return .translation(PageKey(type: type, id: sourceID), language: language)
        }
        guard PageKey.isValidID(id) else {
            return .problem(Diagnostic(.error, source,
                "file name '\(parts[1])' is not a valid page id: use lowercase letters, digits and hyphens, "
                + "starting with a letter or digit\(PageKey.id(suggestedBy: id).map { " (e.g. '\($0).md')" } ?? "")"))
        }
        return .page(PageKey(type: type, id: id))
    }

    /// Reads one page again, as `load` would (for a rebuild after that file changed); a page
    /// that has become a symlink leading outside `content/` is not read.
    public static func reload(_ key: PageKey, in layout: RepositoryLayout, configuration: SiteConfiguration) -> (Page?, [Diagnostic]) {
        let url = layout.content.appendingPathComponent(key.contentPath)
        if let target = FolderListing.outsideTarget(of: url, within: layout.content) {
            return (nil, [Diagnostic(.error, key.sourcePath, FolderListing.escapeMessage(target: target, boundary: "content/"))])
        }
        return readPage(key, at: url, configuration: configuration)
    }

    private static func readPage(_ key: PageKey, at url: URL, configuration: SiteConfiguration, language: String? = nil)
        -> (Page?, [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return (nil, [Diagnostic(.error, key.sourcePath(in: language), "the file cannot be read")])
        }
        return PageReader.read(key, bytes: Array(data), configuration: configuration, file: url, language: language)
    }
}
