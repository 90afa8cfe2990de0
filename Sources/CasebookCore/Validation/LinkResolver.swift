import Foundation
import Markdown

/// Resolves the destinations written in a page against the content repository.
struct LinkResolver {
    static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// The outcome of resolving one destination; `problem` is for the writer.
    struct Resolution {
        var target: LinkTarget
        var problem: (Diagnostic.Severity, String)?
    }

    let pageKeys: Set<PageKey>
    let otherFiles: Set<String>

    func resolve(_ destination: String, from page: PageKey) -> Resolution {
        let trimmed = destination.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return Resolution(target: .dropped, problem: (.warning, "empty link")) }
        if let scheme = Self.scheme(of: trimmed) {
            guard Self.allowedSchemes.contains(scheme.lowercased()) else {
                return Resolution(target: .dropped, problem: (.warning,
                    "link to '\(trimmed)' dropped: only http, https, mailto and tel links are allowed"))
            }
            return Resolution(target: .external(trimmed), problem: nil)
        }
        if trimmed.hasPrefix("//") { return Resolution(target: .external("https:" + trimmed), problem: nil) }
        if trimmed.hasPrefix("/") {
            return Resolution(target: .dropped, problem: (.error,
                "link to '\(trimmed)': link to the .md file with a relative path, e.g. '../faq/refunds.md'"))
        }
        let (pathPart, query, fragment) = Self.split(trimmed)
        if pathPart.isEmpty {
            return Resolution(target: .samePage(query: query, fragment: fragment), problem: nil)
        }
        let decoded = pathPart.removingPercentEncoding ?? pathPart
        guard let path = Self.normalize(decoded, relativeTo: page.type.rawValue) else {
            return Resolution(target: .dropped, problem: (.error,
                "link to '\(trimmed)' points outside content/"))
        }
        if path.hasSuffix(".md") {
            guard let key = PageKey(contentPath: path), pageKeys.contains(key) else {
                return Resolution(target: .dropped, problem: (.error,
                    "link to '\(trimmed)': no page content/\(path)"))
            }
            return Resolution(target: .page(key, fragment: fragment), problem: nil)
        }
        guard otherFiles.contains(path) else {
            return Resolution(target: .dropped, problem: (.error, "link to '\(trimmed)': no file content/\(path)"))
        }
        return Resolution(target: .file(path, fragment: fragment), problem: nil)
    }

    /// The scheme of an absolute address (`https` in `https://...`), if it has one.
    static func scheme(of destination: String) -> String? {
        guard let colon = destination.firstIndex(of: ":") else { return nil }
        let scheme = destination[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) })
        else { return nil }
        return String(scheme)
    }

    /// Splits `path?query#fragment` into its parts, as written.
    static func split(_ destination: String) -> (path: String, query: String?, fragment: String?) {
        var path = destination
        var query: String?
        var fragment: String?
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        if let question = path.firstIndex(of: "?") {
            query = String(path[path.index(after: question)...])
            path = String(path[..<question])
        }
        return (path, query, fragment)
    }

    /// Joins a relative path to a folder under `content/`; `nil` if it climbs out of `content/`.
    static func normalize(_ path: String, relativeTo folder: String) -> String? {
        var parts = folder.split(separator: "/").map(String.init)
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(component))
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }
}
