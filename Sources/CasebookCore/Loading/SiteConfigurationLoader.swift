import Foundation
import Yams

/// Reads `casebook.yml` from a content repository's root.
public enum SiteConfigurationLoader {
    /// How diagnostics name the file.
    public static let fileName = RepositoryLayout.configurationFile

    /// The configuration, or the defaults when the file does not exist. A folder or anything
    /// else in its place, or a file that cannot be read, is an error (and the defaults).
    public static func load(_ layout: RepositoryLayout) -> (SiteConfiguration, [Diagnostic]) {
        let url = layout.configuration
        switch FileKind(path: url.path) {
        case .missing:
            return (SiteConfiguration(), [])
        case .folder, .other:
            return (SiteConfiguration(), [Diagnostic(.error, fileName,
                "\(fileName) is not a file: the site configuration must be a YAML file")])
        case .unreadable(let reason):
            return (SiteConfiguration(), [Diagnostic(.error, fileName, "\(fileName) cannot be read: \(reason)")])
        case .file:
            break
        }
        if let target = FolderListing.outsideTarget(of: url, within: layout.sourceFolder) {
            return (SiteConfiguration(), [Diagnostic(.error, fileName,
                FolderListing.escapeMessage(target: target, boundary: "the repository"))])
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return (SiteConfiguration(), [Diagnostic(.error, fileName, "\(fileName) cannot be read")])
        }
        switch SourceText.decode(Array(data)) {
        case .failure(let invalid):
            return (SiteConfiguration(), [Diagnostic(.error, fileName, line: invalid.line, column: invalid.column,
                                                     "the file is not valid UTF-8")])
        case .success(let text):
            return parse(text)
        }
    }

    /// Parses the text of a `casebook.yml`.
    public static func parse(_ text: String) -> (SiteConfiguration, [Diagnostic]) {
        var reader = YAMLReader(path: fileName, lineOffset: 0)
        guard let entries = reader.topLevelEntries(of: text, describing: "casebook.yml") else {
            return (SiteConfiguration(), reader.diagnostics)
        }
        var title = "Casebook"
        var sites: [Audience: SiteEntry] = [:]
        var defaults: [PageType: Audience] = [:]
        var synonyms: [[String]] = []
        var language = SiteLanguage(code: "en")
        var others: [SiteLanguage] = []
        var languagesNode: Node?
        for entry in entries {
            switch entry.key {
            case "title":
                title = reader.string(entry.value, key: "title") ?? title
            case "internal", "public":
                let audience = Audience(rawValue: entry.key)!
                sites[audience] = site(entry, reader: &reader, known: audience == .public ? SiteEntry.publicKeys : SiteEntry.internalKeys)
            case "defaults":
                defaults = audienceDefaults(entry.value, reader: &reader)
            case "search":
                synonyms = searchSynonyms(entry.value, reader: &reader)
            case "language":
                language = defaultLanguage(entry.value, reader: &reader) ?? language
            case "languages":
                others = otherLanguages(entry.value, reader: &reader)
                languagesNode = entry.keyNode
            default:
                reader.unknownKey(entry, known: ["title", "internal", "public", "defaults", "search", "language", "languages"],
                                  in: "configuration")
            }
        }
        if let languagesNode, others.contains(where: { $0.code == language.code }) {
            reader.error("'languages' names '\(language.code)', the default language: list only the others", at: languagesNode)
            others.removeAll { $0.code == language.code }
        }
        let internalSite = SiteConfiguration.SiteSettings(
            title: sites[.internal]?.title ?? "\(title) Staff Guide", baseURL: sites[.internal]?.baseURL)
        let publicSite = SiteConfiguration.SiteSettings(
            title: sites[.public]?.title ?? "\(title) Help Center", baseURL: sites[.public]?.baseURL,
            contact: sites[.public]?.contact ?? ContactDetails())
        let configuration = SiteConfiguration(title: title, internalSite: internalSite, publicSite: publicSite,
                                              defaultAudience: defaults, synonyms: synonyms,
                                              language: language, otherLanguages: others)
        return (configuration, reader.diagnostics)
    }

    /// What an `internal:` or `public:` mapping sets, at the top level or under a language.
    struct SiteEntry {
        static let publicKeys = ["title", "base_url", "contact"]
        static let internalKeys = ["title", "base_url"]

        var title: String?
        var baseURL: String?
        var contact = ContactDetails()
    }

    /// The `known` keys of an `internal:` or `public:` mapping whose full name is `path`
    /// (`public`, `languages.es.public`).
    static func site(_ entry: YAMLReader.Entry, reader: inout YAMLReader, known: [String], path: String? = nil) -> SiteEntry {
        let path = path ?? entry.key
        var site = SiteEntry()
        guard let entries = reader.entries(of: entry.value, describing: "'\(path)'") else { return site }
        for setting in entries {
            switch setting.key {
            case "title":
                site.title = reader.string(setting.value, key: "title")
            case "base_url" where known.contains("base_url"):
                guard let url = reader.string(setting.value, key: "base_url") else { continue }
                guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
                    reader.error("'base_url' must be an absolute http or https address, not '\(url)'",
                                 at: setting.value)
                    continue
                }
                site.baseURL = url.hasSuffix("/") ? url : url + "/"
            case "contact" where known.contains("contact"):
                site.contact = contact(setting.value, key: "\(path).contact", reader: &reader)
            case "contact":
                reader.unknownKey(setting, known: known, in: "'\(path)'",
                                  because: "contact details are shown on the public site only: write them under 'public'")
            default:
                reader.unknownKey(setting, known: known, in: "'\(path)'")
            }
        }
        return site
    }

    private static func audienceDefaults(_ node: Node, reader: inout YAMLReader) -> [PageType: Audience] {
        guard let entries = reader.entries(of: node, describing: "'defaults'") else { return [:] }
        var defaults: [PageType: Audience] = [:]
        for entry in entries {
            guard let type = PageType(rawValue: entry.key) else {
                reader.unknownKey(entry, known: PageType.allCases.map(\.rawValue), in: "'defaults'")
                continue
            }
            guard let settings = reader.entries(of: entry.value, describing: "'defaults.\(entry.key)'") else { continue }
            for setting in settings {
                guard setting.key == "audience" else {
                    reader.unknownKey(setting, known: ["audience"], in: "'defaults.\(entry.key)'")
                    continue
                }
                defaults[type] = reader.choice(setting.value, key: "audience", as: Audience.self)
            }
        }
        return defaults
    }
}
