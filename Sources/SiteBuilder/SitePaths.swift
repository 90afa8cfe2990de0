import CasebookCore

/// Where each generated file goes in a site, and relative links between them, so that a
/// site works opened from disk or served under any path.
public enum SitePaths {
    public static let home = "index.html"
    public static let notFound = "404.html"
    public static let whatsNew = "whats-new/index.html"
    public static let feed = "feed.xml"

    public static func page(_ key: PageKey) -> String { "\(key.type.rawValue)/\(key.id)/index.html" }
    public static func typeIndex(_ type: PageType) -> String { "\(type.rawValue)/index.html" }
    public static func asset(_ name: String) -> String { "assets/\(name)" }
    /// A file under `content/`, copied because a page links to it.
    public static func file(_ contentPath: String) -> String { "files/\(contentPath)" }

    /// The prefix that leads from a file at `path` back to the site root: "", "../", "../../".
    public static func root(from path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }

    /// The address of a page under a base URL, for the sitemap: `https://host/policies/x/`.
    public static func absolute(_ path: String, base: String) -> String {
        let trimmed = path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
        return base + trimmed
    }
}
