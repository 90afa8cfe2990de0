/// Pairs each translation with its source: a translation without a source is an error, and
/// so is front matter that contradicts the source on anything but `title` and `summary`. A
/// paired translation becomes its source with the translation's title, summary and body: its
/// audience, categories, related pages and the rest are the source's, so a translation can
/// never be more public than its source.
enum TranslationPairing {
    /// The translations by language, each as its source's page in that language, sorted by key.
    static func pair(_ translations: [Page], with sources: [PageKey: Page]) -> ([String: [Page]], [Diagnostic]) {
        var paired: [String: [Page]] = [:]
        var diagnostics: [Diagnostic] = []
        for translation in translations {
            guard let language = translation.language else { continue }
            guard let source = sources[translation.key] else {
                diagnostics.append(Diagnostic(.error, translation.sourcePath,
                    "translation of '\(translation.key.contentPath)', which does not exist: "
                    + "a translation stands beside its source, with the same id"))
                continue
            }
            let contradictions = contradictions(of: translation.frontMatter, source: source)
            for key in contradictions {
                let position = translation.frontMatter.position(of: key.rawValue)
                diagnostics.append(Diagnostic(.error, translation.sourcePath, line: position.line, column: position.column,
                    "'\(key.rawValue)' differs from the source's (\(source.key.sourcePath)): a translation may "
                    + "set only 'title' and 'summary'; everything else comes from the source"))
            }
            guard contradictions.isEmpty else { continue }
            var page = source
            page.frontMatter.title = translation.frontMatter.title
            if let summary = translation.frontMatter.summary { page.frontMatter.summary = summary }
            page.document = translation.document
            page.bodyStartLine = translation.bodyStartLine
            page.file = translation.file
            page.contentHash = translation.contentHash
            page.language = language
            paired[language, default: []].append(page)
        }
        return (paired.mapValues { $0.sorted { $0.key < $1.key } }, diagnostics)
    }

    /// The keys the translation writes (other than title and summary) with a value other
    /// than the source's; the audience is compared with the source's as resolved.
    static func contradictions(of translation: FrontMatter, source: Page) -> [FrontMatterKey] {
        FrontMatterKey.allCases.filter { key in
            guard key != .title, key != .summary, translation.keyPositions[key.rawValue] != nil else { return false }
            if key == .audience { return translation.audience != source.audience }
            return translation.comparableValue(of: key) != source.frontMatter.comparableValue(of: key)
        }
    }
}

extension FrontMatter {
    /// The value of `key` with where it was written set aside, for comparing two pages' front matter.
    func comparableValue(of key: FrontMatterKey) -> String {
        switch key {
        case .title: title
        case .summary: summary ?? ""
        case .audience: audience?.rawValue ?? ""
        case .categories: categories.map(\.value).joined(separator: "\n")
        case .related: related.map(\.value).joined(separator: "\n")
        case .tags: tags.joined(separator: "\n")
        case .owner: owner ?? ""
        case .effective: effective?.iso ?? ""
        case .reviewBy: reviewBy?.iso ?? ""
        case .authority: authority.map { "\($0.role)\u{0}\($0.upTo)\u{0}\($0.when ?? "")" }.joined(separator: "\n")
        case .scope: scope?.rawValue ?? ""
        case .steps: steps.joined(separator: "\n")
        case .outcome: outcome?.rawValue ?? ""
        case .order: order.map(String.init) ?? ""
        }
    }
}
