import CasebookCore
import HTMLEscaping
import Markdown

/// The public site's Atom feed (RFC 4287) of recently changed pages. It carries dates
/// only from git: no authors, messages or commit ids.
enum AtomFeed {
    /// The feed, or `nil` without a base URL or without a dated page.
    static func render(view: AudienceView, changes: [ViewPage], strings: StringTable) -> String? {
        guard let base = view.site.baseURL, let newest = changes.first?.updated else { return nil }
        func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        xml += "  <title>\(escape(strings.text("whatsNew.feedTitle", ["site": view.site.title])))</title>\n"
        xml += "  <id>\(escape(base))\(SitePaths.feed)</id>\n"
        xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(escape(base))\(SitePaths.feed)\"/>\n"
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(escape(base))\"/>\n"
        xml += "  <updated>\(newest.iso8601)</updated>\n"
        xml += "  <author><name>\(escape(view.site.title))</name></author>\n"
        for page in changes {
            guard let updated = page.updated else { continue }
            let address = escape(SitePaths.absolute(SitePaths.page(page.key), base: base))
            xml += "  <entry>\n"
            xml += "    <title>\(escape(page.title))</title>\n"
            xml += "    <id>\(address)</id>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(address)\"/>\n"
            xml += "    <updated>\(updated.iso8601)</updated>\n"
            if let summary = page.summary, !summary.isEmpty { xml += "    <summary>\(escape(summary))</summary>\n" }
            xml += "  </entry>\n"
        }
        xml += "</feed>\n"
        return xml
    }
}
