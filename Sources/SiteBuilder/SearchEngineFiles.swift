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
    /// With other languages, each page's translations are listed too, and every address names
    /// the languages it is written in (`xhtml:link rel="alternate" hreflang`): the generated
    /// lists in every language, a content page in those it is translated into.
    static func sitemap(for view: AudienceView, paths: [String]) -> String? {
        guard let base = view.site.baseURL else { return nil }
        let configuration = view.configuration
        let multilingual = !configuration.otherLanguages.isEmpty
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
            + (multilingual ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n" : ">\n")
        let pageKeys = Dictionary(view.pages.map { (SitePaths.page($0.key), $0.key) }) { first, _ in first }
        let links = LanguageLinks(view: view)
        for path in paths where path.hasSuffix(".html") && path != SitePaths.notFound {
            let languages = pageKeys[path].map { key in
                [configuration.language] + configuration.otherLanguages.filter {
                    view.translatedLanguages[key]?.contains($0.code) ?? false
                }
            } ?? configuration.languages
            let addresses = languages.map { ($0.code, SitePaths.absolute(links.folder(of: $0) + path, base: base)) }
            for (_, address) in addresses {
                xml += "  <url><loc>\(HTMLEscaping.escape(address))</loc>"
                if addresses.count > 1 {
                    for (code, alternate) in addresses {
                        xml += "<xhtml:link rel=\"alternate\" hreflang=\"\(code)\" href=\"\(HTMLEscaping.escape(alternate))\"/>"
                    }
                }
                xml += "</url>\n"
            }
        }
        xml += "</urlset>\n"
        return xml
    }
}
