import CasebookCore
import HTMLEscaping
import Markdown

/// `robots.txt` for both sites and `sitemap.xml` for the public one.
enum SearchEngineFiles {
    static func robots(for view: AudienceView) -> String {
        guard view.audience == .public else { return "User-agent: *\nDisallow: /\n" }
        var text = "User-agent: *\nAllow: /\n"
        if let base = view.site.baseURL { text += "Sitemap: \(base)sitemap.xml\n" }
        return text
    }

    /// Every HTML page of the site but the 404 page, by address; `nil` without a base URL.
    static func sitemap(for view: AudienceView, paths: [String]) -> String? {
        guard let base = view.site.baseURL else { return nil }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths where path.hasSuffix(".html") && path != SitePaths.notFound {
            xml += "  <url><loc>\(HTMLEscaping.escape(SitePaths.absolute(path, base: base)))</loc></url>\n"
        }
        xml += "</urlset>\n"
        return xml
    }
}
