import CasebookCore
import Foundation
import TemplateEngine

/// The Mustache templates and static assets a site is rendered with: the default theme,
/// with any file of the content repository's own `templates/` taking its place by name.
public struct Theme: Sendable {
    /// Templates every theme must provide.
    public static let requiredTemplates = ["base", "home", "category", "policy", "faq", "script", "type-index", "whats-new", "404",
                                            "governance", "authority", "handbook", "search"]

    public let library: TemplateLibrary
    /// Files under `templates/assets/`, by path relative to that folder.
    public let assets: [String: [UInt8]]
    /// The words of each language, from `templates/strings/<language>.yml`.
    public let strings: ThemeStrings

    /// Loads the theme for the repository `layout` describes; problems are reported, not thrown.
    public static func load(_ layout: RepositoryLayout, defaultDirectory: URL? = Theme.defaultDirectory()) -> (Theme, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var sources: [String: (file: String, url: URL)] = [:]
        var assets: [String: [UInt8]] = [:]
        let override = layout.templates
        let overrideListing = FolderListing.repositoryFolder(override, named: RepositoryLayout.templatesFolder,
                                                             in: layout.sourceFolder)
        diagnostics += overrideListing.diagnostics
        var layers: [(directory: URL, label: String, listing: FolderListing)] = []
        if let defaultDirectory {
            let label = defaultDirectory.standardizedFileURL == override.standardizedFileURL ? "templates" : defaultDirectory.path
            layers.append((defaultDirectory, label, .toolFolder(defaultDirectory)))
        }
        layers.append((override, "templates", overrideListing))
        for (directory, label, listing) in layers {
            for path in listing.paths {
                let url = directory.appendingPathComponent(path)
                if path.hasPrefix("assets/") {
                    assets[String(path.dropFirst("assets/".count))] = FileManager.default.contents(atPath: url.path).map(Array.init)
                } else if path.hasSuffix(".mustache") {
                    sources[String(path.dropLast(".mustache".count))] = ("\(label)/\(path)", url)
                }
            }
        }
        var texts: [String: String] = [:]
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            guard let text = FileManager.default.contents(atPath: source.url.path).map({ String(decoding: $0, as: UTF8.self) }) else {
                diagnostics.append(Diagnostic(.error, source.file, "the template cannot be read"))
                continue
            }
            texts[name] = text
        }
        let library = TemplateLibrary(sources: texts)
        for (name, error) in library.errors.sorted(by: { $0.key < $1.key }) {
            diagnostics.append(Diagnostic(.error, sources[name]?.file ?? name, line: error.line, column: error.column,
                                          "invalid template: \(error.message)"))
        }
        for (name, partial) in library.missingPartials {
            diagnostics.append(Diagnostic(.error, sources[name]?.file ?? name,
                                          "the template includes '\(partial)', which the theme does not have"))
        }
        let (strings, stringDiagnostics) = ThemeStrings.load(layers: layers, templateNames: library.names(under: "t"),
                                                             templateFiles: sources.mapValues(\.file))
        diagnostics += stringDiagnostics
        diagnostics += unloadedScripts(texts: texts, sources: sources, layers: layers)
        for name in requiredTemplates where sources[name] == nil {
            let searched = layers.map(\.directory.path).joined(separator: ", ")
            diagnostics.append(Diagnostic(.error, "templates/\(name).mustache",
                                          "no template '\(name)' in the theme (looked in \(searched))"))
        }
        return (Theme(library: library, assets: assets, strings: strings), diagnostics)
    }

    /// A warning for each script of the default theme that no template loads any more: a
    /// repository's own `base.mustache` copied from an older theme would otherwise lose those
    /// features (copy buttons, search, ...) on every page without a word.
    private static func unloadedScripts(texts: [String: String], sources: [String: (file: String, url: URL)],
                                        layers: [(directory: URL, label: String, listing: FolderListing)]) -> [Diagnostic] {
        guard layers.count == 2, layers[0].directory.standardizedFileURL != layers[1].directory.standardizedFileURL,
              sources.values.contains(where: { $0.file.hasPrefix("templates/") }) else { return [] }
        let scripts = (layers[0].listing.paths.filter { $0.hasPrefix("assets/") && $0.hasSuffix(".js") }
                       + ["assets/\(StringsScript.name)"]).sorted()
        return scripts.filter { script in !texts.values.contains { $0.contains(script) } }.map { script in
            Diagnostic(.warning, sources["base"]?.file ?? "templates/base.mustache",
                       "no template loads \(script), a script of the default theme, so its feature is missing "
                       + "from every page: copy its <script> tag from the default base.mustache")
        }
    }

    /// Renders a template as UTF-8; a missing template renders as nothing (checked at load).
    public func render(_ name: String, _ context: TemplateObject) -> [UInt8] {
        library.render(name, context)
    }

    /// The default theme: `$CASEBOOK_THEME`, else `share/casebook/templates` beside the
    /// executable's folder, else the `templates/` folder of the source tree it was built from.
    public static func defaultDirectory() -> URL? {
        var candidates: [URL] = []
        if let fromEnvironment = ProcessInfo.processInfo.environment["CASEBOOK_THEME"], !fromEnvironment.isEmpty {
            candidates.append(URL(fileURLWithPath: fromEnvironment))
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        candidates.append(executable.deletingLastPathComponent()
            .appendingPathComponent("../share/casebook/templates").standardizedFileURL)
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../templates").standardizedFileURL)
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("base.mustache").path) }
    }
}
