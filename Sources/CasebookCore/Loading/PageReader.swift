import Foundation
import Markdown

/// Turns one page file's bytes into a `Page`: UTF-8 checked, front matter split off and
/// decoded, the body parsed (with its public version). Reports what is wrong with the file.
public enum PageReader {
    /// Reads a page from `bytes`; `file` is where they came from, if anywhere (`Page.file`).
    /// A translation (`language` set) is parsed with its public version whatever it says,
    /// since its audience is its source's, known only once both are read.
    public static func read(_ key: PageKey, bytes: [UInt8], configuration: SiteConfiguration,
                            file: URL? = nil, language: String? = nil) -> (Page?, [Diagnostic]) {
        let path = key.sourcePath(in: language)
        let text: String
        switch SourceText.decode(bytes) {
        case .failure(let invalid):
            return (nil, [Diagnostic(.error, path, line: invalid.line, column: invalid.column,
                                     "the file is not valid UTF-8: save it as UTF-8")])
        case .success(let decoded):
            text = decoded
        }
        let split: FrontMatterSplitter.Split
        switch FrontMatterSplitter.split(text) {
        case .failure(let failure):
            return (nil, [Diagnostic(.error, path, failure.description)])
        case .success(let parts):
            split = parts
        }
        let (frontMatter, diagnostics) = FrontMatterDecoder.decode(split.yaml, type: key.type, path: path)
        let audience = frontMatter.audience ?? configuration.audience(forPageOf: key.type)
        let document = MarkdownParser.parse(split.body, placeholders: key.type == .scripts,
                                            publicVersion: audience == .public || language != nil)
        let page = Page(key: key, frontMatter: frontMatter,
                        audience: audience,
                        document: document, bodyStartLine: split.bodyStartLine, file: file,
                        contentHash: GitBlobHash.of(bytes),
                        owner: frontMatter.owner.map { PolicyOwner(name: $0, source: .frontMatter) },
                        language: language)
        return (page, diagnostics)
    }

    /// The Markdown body of the page's file as it is now; `nil` when the page has no file or
    /// it can no longer be read or split.
    public static func body(of page: Page) -> String? {
        guard let file = page.file, let data = FileManager.default.contents(atPath: file.path),
              case .success(let text) = SourceText.decode(Array(data)),
              case .success(let split) = FrontMatterSplitter.split(text) else { return nil }
        return split.body
    }
}
