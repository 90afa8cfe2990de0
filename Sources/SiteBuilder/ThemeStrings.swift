import CasebookCore
import Foundation

/// The theme's strings files, `strings/<language>.yml`, one table per language. The default
/// theme's files come first; a content repository's `templates/strings/<language>.yml`
/// replaces the keys it names and leaves the others (per key, not per file), so it may hold
/// only the words it changes, or add a language of its own.
public struct ThemeStrings: Sendable {
    /// The language whose keys every other language must have, and that templates are checked against.
    public static let referenceLanguage = "en"
    /// The folder of the theme the files stand in.
    public static let folder = "strings"

    private let tables: [String: StringTable]

    /// The languages with a strings file, sorted.
    public var languages: [String] { tables.keys.sorted() }

    /// The words of `language`; `nil` when no strings file names it.
    /// The strings of `language`, or of its base language (`pt` for `pt-BR`) when it has no file of its own.
    public func table(for language: String) -> StringTable? {
        tables[language] ?? language.split(separator: "-").first.flatMap { tables[String($0)] }
    }

    /// The error for a site asked to be built in a language without a strings file.
    public static func missingLanguage(_ language: String) -> Diagnostic {
        Diagnostic(.error, "templates/\(folder)/\(language).yml",
                   "no strings file for language '\(language)': the theme has none, so nothing can be shown in it")
    }

    /// One layer of the theme: a folder, how diagnostics name it, and its files.
    typealias Layer = (directory: URL, label: String, listing: FolderListing)

    /// Reads the strings files of each layer, later layers replacing earlier ones' keys, and
    /// checks that every language has each key of the reference language and that each name a
    /// template reads under `t` is a string of it. `templateNames` are those names by template,
    /// `templateFiles` how diagnostics name each template.
    static func load(layers: [Layer], templateNames: [String: Set<String>],
                     templateFiles: [String: String]) -> (ThemeStrings, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var merged: [String: [String: Located<String>]] = [:]
        var files: [String: String] = [:]
        for layer in layers {
            for path in layer.listing.paths {
                guard let language = language(of: path) else { continue }
                let file = "\(layer.label)/\(path)"
                let url = layer.directory.appendingPathComponent(path)
                guard let data = FileManager.default.contents(atPath: url.path) else {
                    diagnostics.append(Diagnostic(.error, file, "the strings file cannot be read"))
                    continue
                }
                guard case .success(let text) = SourceText.decode(Array(data)) else {
                    diagnostics.append(Diagnostic(.error, file, "the strings file is not valid UTF-8"))
                    continue
                }
                let (strings, problems) = StringsFileReader.read(text, path: file)
                diagnostics += problems
                merged[language, default: [:]].merge(strings) { _, new in new }
                files[language] = file
            }
        }
        let reference = merged[referenceLanguage] ?? [:]
        for (language, strings) in merged.sorted(by: { $0.key < $1.key }) where language != referenceLanguage {
            let file = files[language] ?? "templates/\(folder)/\(language).yml"
            for key in reference.keys.sorted() where strings[key] == nil {
                diagnostics.append(Diagnostic(.error, file, "missing string '\(key)' for language '\(language)'"))
            }
        }
        let keys = Set(reference.keys)
        var groups = Set<String>()
        for key in keys {
            var parts = key.split(separator: ".")
            while parts.count > 1 {
                parts.removeLast()
                groups.insert(parts.joined(separator: "."))
            }
        }
        for (template, names) in templateNames.sorted(by: { $0.key < $1.key }) {
            for name in names.sorted() where !keys.contains(name) && !groups.contains(name) {
                diagnostics.append(Diagnostic(.error, templateFiles[template] ?? "templates/\(template).mustache",
                    "the template reads 't.\(name)', which the strings file for '\(referenceLanguage)' does not have"))
            }
        }
        var tables: [String: StringTable] = [:]
        for (language, strings) in merged { tables[language] = StringTable(language: language, values: strings.mapValues(\.value)) }
        return (ThemeStrings(tables: tables), diagnostics)
    }

    /// `es` for `strings/es.yml`; `nil` for any other file.
    private static func language(of path: String) -> String? {
        let prefix = folder + "/"
        guard path.hasPrefix(prefix), path.hasSuffix(".yml") else { return nil }
        let name = path.dropFirst(prefix.count).dropLast(".yml".count)
        guard !name.isEmpty, !name.contains("/") else { return nil }
        return String(name)
    }
}
