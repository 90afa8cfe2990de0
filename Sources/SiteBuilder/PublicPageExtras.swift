import CasebookCore
import Foundation
import HTMLEscaping
import TemplateEngine

/// What the public site adds to its pages for search engines, link previews and customers
/// who want a person: `seo` (the canonical address, Open Graph and Twitter card tags and
/// JSON-LD), `breadcrumbs` with `hasBreadcrumbs` (the trail from the home page) and `contact`
/// (the "Still need help?" block). Built only from what the public view holds (titles,
/// summaries, text with its internal callouts removed) and `casebook.yml`; the staff site
/// gets none of it.
struct PublicPageExtras: Sendable {
    /// One HTML file of the site.
    struct File {
        /// Its path in the language's site, `faq/refunds/index.html`.
        let path: String
        /// `page.kind`.
        let kind: String
        let title: String
        let summary: String?
        /// The content page the file shows, when it shows one.
        let page: ViewPage?
    }

    let view: AudienceView
    let strings: StringTable
    /// The `contact` object, the same on every page; `nil` on the staff site or with no details.
    private let contact: TemplateObject?

    /// Kinds of page search engines are not sent to: the results page (`noindex`) and the 404 page.
    static let unindexedKinds: Set<String> = ["search", "404"]

    init(view: AudienceView, strings: StringTable) {
        self.view = view
        self.strings = strings
        contact = view.audience == .public ? Self.contactObject(view.site.contact) : nil
    }

    /// The keys for `file`; empty on the staff site.
    func context(for file: File) -> TemplateObject {
        guard view.audience == .public else { return [:] }
        var context: TemplateObject = [:]
        let trail = file.kind == "404" ? [] : breadcrumbTrail(to: file)
        if !trail.isEmpty {
            context["hasBreadcrumbs"] = true
            let root = SitePaths.root(from: file.path)
            context["breadcrumbs"] = .objects(trail.enumerated().map { index, step in
                let isCurrent = index == trail.count - 1
                var item: TemplateObject = ["title": .text(step.title), "isCurrent": .flag(isCurrent)]
                if !isCurrent { item["url"] = .text(root + step.path) }
                return item
            })
        }
        if !Self.unindexedKinds.contains(file.kind) { context["seo"] = .object(seo(for: file, trail: trail)) }
        if let contact { context["contact"] = .object(contact) }
        return context
    }

    /// A step of a breadcrumb trail: its name and the path of its file in the site.
    private struct Step {
        let title: String
        let path: String
    }

    /// Home, then for a file inside a section (`faq/…`) the section's list, then the file
    /// itself; nothing for the home page. A trail follows the site's folders, so every page
    /// has exactly one, whatever categories it is in (they are listed beside it).
    private func breadcrumbTrail(to file: File) -> [Step] {
        guard file.path != SitePaths.home else { return [] }
        var trail = [Step(title: strings.text("nav.home"), path: SitePaths.home)]
        if let folder = file.path.split(separator: "/").first, let type = PageType(rawValue: String(folder)),
           file.path != SitePaths.typeIndex(type) {
            trail.append(Step(title: strings.sectionTitle(type), path: SitePaths.typeIndex(type)))
        }
        trail.append(Step(title: file.title, path: file.path))
        return trail
    }

    private func seo(for file: File, trail: [Step]) -> TemplateObject {
        var seo: TemplateObject = [
            "title": .text(file.title),
            "type": .text(file.page == nil ? "website" : "article"),
            "siteName": .text(view.site.title),
            "locale": .text(strings.localeName.replacingOccurrences(of: "-", with: "_")),
        ]
        if let summary = file.summary, !summary.isEmpty { seo["description"] = .text(summary) }
        if let canonical = canonicalAddress(of: file) { seo["canonical"] = .text(canonical) }
        var structuredData: [String] = []
        if let page = file.page, page.key.type == .faq, let faq = Self.faqPage(page) { structuredData.append(faq) }
        if let base = view.site.baseURL, !trail.isEmpty {
            let folder = LanguageLinks(view: view).folder(of: view.language)
            let items = trail.enumerated().map { index, step in
                StructuredData.ListItem(position: index + 1, name: step.title,
                                        item: SitePaths.absolute(folder + step.path, base: base))
            }
            if let list = try? ScriptJSON.encode(StructuredData.BreadcrumbList(itemListElement: items)) {
                structuredData.append(list)
            }
        }
        seo["structuredData"] = .texts(structuredData)
        return seo
    }

    /// The file's address under the base URL, in the site's language; a page shown untranslated
    /// in another language's site points to the same page in the default language, whose
    /// words it shows (that copy is not in the sitemap either).
    private func canonicalAddress(of file: File) -> String? {
        guard let base = view.site.baseURL else { return nil }
        let isFallback = file.page.map { view.isFallback($0.key) } ?? false
        let language = isFallback ? view.configuration.language : view.language
        return SitePaths.absolute(LanguageLinks(view: view).folder(of: language) + file.path, base: base)
    }

    /// A FAQ entry as a `FAQPage` of one question, its answer the page's public text without
    /// markup; `nil` when the public page has no text.
    static func faqPage(_ page: ViewPage) -> String? {
        let answer = page.document.plainParagraphs
        guard !answer.allSatisfy(\.isWhitespace) else { return nil }
        let question = StructuredData.Question(name: page.title, acceptedAnswer: StructuredData.Answer(text: answer))
        return try? ScriptJSON.encode(StructuredData.FAQPage(mainEntity: [question]))
    }

    /// `{text?, email?, emailURL?, phone?, phoneURL?, url?, hours?, hasWays}`; `nil` with no details.
    private static func contactObject(_ details: ContactDetails) -> TemplateObject? {
        guard !details.isEmpty else { return nil }
        var contact: TemplateObject = ["hasWays": .flag(details.email != nil || details.phone != nil || details.url != nil)]
        if let text = details.text { contact["text"] = .text(text) }
        if let email = details.email {
            contact["email"] = .text(email)
            contact["emailURL"] = .text("mailto:" + email)
        }
        if let phone = details.phone, let link = details.phoneLink {
            contact["phone"] = .text(phone)
            contact["phoneURL"] = .text("tel:" + link)
        }
        if let url = details.url { contact["url"] = .text(url) }
        if let hours = details.hours { contact["hours"] = .text(hours) }
        return contact
    }
}
