import Foundation
import Markdown

/// Checks the rules that span pages (categories, related, links, audiences) and resolves
/// every link on the way.
public enum ContentValidator {
    public static func validate(_ content: LoadedContent) -> (ContentGraph, Diagnostics) {
        let keys = Set(content.pages.map(\.key))
        let pagesByKey = Dictionary(uniqueKeysWithValues: content.pages.map { ($0.key, $0) })
        let resolver = LinkResolver(pageKeys: keys, otherFiles: content.otherFiles)
        let categoryIDs = content.pages.filter { $0.key.type == .categories }.map(\.key.id).sorted()

        let results = content.pages.parallelMap { page in
            var validation = PageValidation(page: page, pages: pagesByKey, resolver: resolver, categoryIDs: categoryIDs)
            return validation.run()
        }
        var diagnostics = content.diagnostics
        var linkTargets: [PageKey: [String: LinkTarget]] = [:]
        for (page, result) in zip(content.pages, results) {
            diagnostics.append(contentsOf: result.diagnostics)
            linkTargets[page.key] = result.targets
        }
        var graph = ContentGraph(configuration: content.configuration, pages: content.pages, linkTargets: linkTargets,
                                 otherFiles: content.otherFiles)
        let (translations, translationDiagnostics) = TranslationPairing.pair(content.translations, with: pagesByKey)
        diagnostics.append(contentsOf: translationDiagnostics)
        for pages in translations.values {
            // A translation's links and fragments are checked against the pages of its language.
            var inLanguage = pagesByKey
            for page in pages { inLanguage[page.key] = page }
            let languagePages = inLanguage
            let checked = pages.parallelMap { page in
                var validation = PageValidation(page: page, pages: languagePages, resolver: resolver,
                                                categoryIDs: categoryIDs, checksFrontMatter: false)
                return validation.run()
            }
            for (page, result) in zip(pages, checked) {
                diagnostics.append(contentsOf: result.diagnostics)
                graph.addTranslation(page, linkTargets: result.targets)
            }
        }
        return (graph, diagnostics)
    }

    /// Checks single pages against the rest of a graph, again and again (`casebook serve`),
    /// without indexing the graph each time. The set of pages must stay the same.
    public struct PageChecker: Sendable {
        private var pages: [PageKey: Page] = [:]
        private let resolver: LinkResolver
        private let categoryIDs: [String]

        public init(_ graph: ContentGraph) {
            for page in graph.pages { pages[page.key] = page }
            resolver = LinkResolver(pageKeys: Set(pages.keys), otherFiles: graph.otherFiles)
            categoryIDs = graph.pages.filter { $0.key.type == .categories }.map(\.key.id).sorted()
        }

        /// Takes in a new version of a page (same key) and checks it, giving where its links lead.
        public mutating func check(_ page: Page) -> (diagnostics: [Diagnostic], targets: [String: LinkTarget]) {
            pages[page.key] = page
            var validation = PageValidation(page: page, pages: pages, resolver: resolver, categoryIDs: categoryIDs)
            return validation.run()
        }
    }
}

/// The checks of one page against the rest of the content.
private struct PageValidation {
    let page: Page
    let pages: [PageKey: Page]
    let resolver: LinkResolver
    let categoryIDs: [String]
    /// False for a translation: its categories and related pages are its source's.
    let checksFrontMatter: Bool
    var diagnostics: [Diagnostic] = []
    var targets: [String: LinkTarget] = [:]
    /// Made at the first diagnostic that needs a body position, from the page's file read
    /// again, then kept for the rest; `nil` when the file cannot be read any more.
    private lazy var lineIndex = PageReader.body(of: page).map { BodyLineIndex(body: $0, firstLine: page.bodyStartLine) }

    init(page: Page, pages: [PageKey: Page], resolver: LinkResolver, categoryIDs: [String], checksFrontMatter: Bool = true) {
        self.page = page
        self.pages = pages
        self.resolver = resolver
        self.categoryIDs = categoryIDs
        self.checksFrontMatter = checksFrontMatter
    }

    private var path: String { page.sourcePath }

    mutating func run() -> (diagnostics: [Diagnostic], targets: [String: LinkTarget]) {
        if checksFrontMatter {
            checkCategories()
            checkRelated()
        }
        checkLinks()
        checkMarkdownProblems()
        return (diagnostics, targets)
    }

    private mutating func report(_ severity: Diagnostic.Severity, _ line: Int, _ column: Int, _ message: String) {
        diagnostics.append(Diagnostic(severity, path, line: line, column: column, message))
    }

    /// Reports at a position the Markdown parser gave, worked out only when there is something to say.
    private mutating func report(_ severity: Diagnostic.Severity, at location: SourceLocation, _ message: String) {
        // Without the text, the parser's column (in UTF-8 bytes) is the best there is.
        let position = lineIndex?.filePosition(of: location)
            ?? FilePosition(line: page.bodyStartLine + max(location.line, 1) - 1, column: max(location.column, 1))
        report(severity, position.line, position.column, message)
    }

    private mutating func checkCategories() {
        for category in page.frontMatter.categories
        where pages[PageKey(type: .categories, id: category.value)] == nil {
            var message = "unknown category '\(category.value)'"
            if let suggestion = Suggestion.closest(to: category.value, among: categoryIDs) {
                message += "; did you mean '\(suggestion)'?"
            }
            report(.error, category.line, category.column, message)
        }
    }

    private mutating func checkRelated() {
        for entry in page.frontMatter.related {
            let normalized = LinkResolver.normalize(entry.value, relativeTo: "")
            if let normalized, let key = PageKey(contentPath: normalized), pages[key] != nil { continue }
            report(.error, entry.line, entry.column,
                   "'related' names '\(entry.value)', which is not a page (write it relative to content/, "
                   + "e.g. 'scripts/granting-an-exception.md')")
        }
    }

    private mutating func checkLinks() {
        for link in page.document.links {
            let resolution = resolver.resolve(link.destination, from: page.key)
            targets[link.destination] = resolution.target
            if let (severity, message) = resolution.problem {
                report(severity, at: link, message)
                continue
            }
            switch resolution.target {
            case .page(let key, let fragment):
                checkPageLink(to: key, fragment: fragment, link: link)
            case .samePage(_, let fragment?):
                checkFragment(fragment, of: page, link: link)
            case .samePage, .external, .file, .dropped:
                continue
            }
        }
    }

    private mutating func report(_ severity: Diagnostic.Severity, at link: LinkOccurrence, _ message: String) {
        report(severity, at: link.location, message)
    }

    private mutating func checkPageLink(to key: PageKey, fragment: String?, link: LinkOccurrence) {
        guard let target = pages[key] else { return }
        let seenByPublic = page.audience == .public && !link.insideInternal
        if seenByPublic, target.audience == .internal {
            report(.error, at: link,
                   "public page links to internal page '\(key.contentPath)': make the target public, "
                   + "or move the link into a [!INTERNAL] callout")
            return
        }
        if let fragment { checkFragment(fragment, of: target, link: link) }
    }

    /// Checks a `#fragment` as written against the target's headings, its percent escapes decoded.
    private mutating func checkFragment(_ written: String, of target: Page, link: LinkOccurrence) {
        let fragment = written.removingPercentEncoding ?? written
        guard !fragment.isEmpty, !isFootnoteAnchor(fragment) else { return }
        let anchors = target.document.anchors
        guard let anchor = anchors.first(where: { $0.anchor == fragment }) else {
            var message = "link to '\(link.destination)': no heading '\(fragment)'"
            if let suggestion = Suggestion.closest(to: fragment, among: anchors.map(\.anchor)) {
                message += "; did you mean '\(suggestion)'?"
            }
            report(.warning, at: link, message)
            return
        }
        let seenByPublic = page.audience == .public && !link.insideInternal
        if seenByPublic, anchor.insideInternal {
            report(.error, at: link,
                   "link to '\(link.destination)': heading '\(fragment)' is inside an [!INTERNAL] callout, "
                   + "which the public site leaves out")
        }
    }

    private static let keptOffPublicSite = " (the quote is kept off the public site)"

    private func isFootnoteAnchor(_ fragment: String) -> Bool {
        fragment.hasPrefix("fn-") || fragment.hasPrefix("fnref-")
    }

    private mutating func checkMarkdownProblems() {
        for problem in page.document.problems {
            switch problem {
            case .unknownCalloutMarker(let written, let suggestion, let location):
                let known = CalloutKind.allCases.map(\.marker).joined(separator: ", ")
                var message = "unknown callout '\(written)': use one of \(known)"
                if let suggestion { message += "; did you mean '[!\(suggestion.marker)]'?" }
                report(.error, at: location, message + Self.keptOffPublicSite)
            case .irregularCalloutMarker(let written, let kind, let location):
                report(.error, at: location,
                       "callout marker '\(written)' reads as '[!\(kind.marker)]' only with spaces, invisible or "
                       + "look-alike characters or formatting set aside: write it as '[!\(kind.marker)]'"
                       + Self.keptOffPublicSite)
            case .likelyInternalMarker(let written, let location):
                report(.error, at: location,
                       "'\(written)' looks like a misspelt '[!INTERNAL]' marker: write '[!INTERNAL]' to keep it "
                       + "internal, or start the quote differently" + Self.keptOffPublicSite)
            case .bangReferenceLabel(let location):
                report(.error, at: location,
                       "a link reference definition whose label starts with '!' would turn callout markers such as "
                       + "'[!INTERNAL]' into links: rename it")
            case .referenceDefinedInsideInternal(let location):
                report(.warning, at: location,
                       "this link's reference is defined inside an [!INTERNAL] callout: the public site shows it "
                       + "as plain text; move the definition out of the callout")
            case .nestingTooDeep(let location):
                report(.error, at: location,
                       "content nested more than \(MarkdownParser.maximumNesting) levels deep; the deeper part is left out")
            }
        }
        for location in page.document.rawHTMLLocations {
            report(.warning, at: location, "raw HTML is not passed through; it is left out of the page")
        }
    }
}
