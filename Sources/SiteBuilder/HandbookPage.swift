import CasebookCore
import TemplateEngine

/// The handbook: every policy of the view (and, on the public site, every FAQ entry) in one
/// page, by scenario category in the categories' order, with a table of contents, to read
/// through or print as one document. A page listed under several categories stands in full
/// under the first it names that the view shows, and is named with a link from the others;
/// pages with no category come last. On the staff site each policy shows its owner,
/// effective date, version (git's id for its file), review date, approval limits and steps;
/// the public site's view has none of those, so its handbook cannot show them.
struct HandbookPage {
    let view: AudienceView
    let contexts: PageContexts

    static let path = "handbook/index.html"

    /// The id of a page's section: `policies-late-fee-waiver`.
    static func anchor(of key: PageKey) -> String { "\(key.type.rawValue)-\(key.id)" }

    /// What starts every id inside a page's section: `policies-late-fee-waiver.`. Page ids
    /// and heading anchors never hold a dot, so no two sections' ids can meet.
    static func idPrefix(of key: PageKey) -> String { anchor(of: key) + "." }

    /// The page types the handbook holds on this view's site.
    var types: [PageType] { view.audience == .internal ? [.policies] : [.policies, .faq] }

    /// One category's part of the handbook.
    struct Section {
        /// `nil` for the pages with no category.
        var category: ViewPage?
        /// The pages printed here, in full.
        var entries: [ViewPage]
        /// The category's pages printed under another category, named here.
        var elsewhere: [ViewPage]
    }

    /// The handbook's pages, each under the category it stands in, in the order they are printed.
    func sections() -> [Section] {
        let handbookTypes = Set(types)
        func isEntry(_ page: ViewPage) -> Bool { handbookTypes.contains(page.key.type) }
        func byType(_ pages: [ViewPage]) -> [ViewPage] {
            types.flatMap { type in pages.filter { $0.key.type == type } }
        }
        var sections: [Section] = []
        for category in view.pages(of: .categories) {
            let members = byType(view.members(of: category.key).filter(isEntry))
            guard !members.isEmpty else { continue }
            sections.append(Section(category: category, entries: members.filter { $0.categories.first == category.key },
                                    elsewhere: members.filter { $0.categories.first != category.key }))
        }
        let uncategorized = types.flatMap { view.pages(of: $0) }.filter { $0.categories.isEmpty }
        if !uncategorized.isEmpty { sections.append(Section(category: nil, entries: uncategorized, elsewhere: [])) }
        return sections
    }

    func context() -> TemplateObject {
        let path = Self.path
        let strings = contexts.strings
        let isInternal = view.audience == .internal
        var context = contexts.common(path: path, kind: "handbook", title: strings.text("handbook.title"),
                                      summary: strings.text(isInternal ? "handbook.staffSummary" : "handbook.publicSummary"))
        let links = LinkHrefs(view: view, fromPath: path, fromKey: nil)
        let sections = sections()
        let entries = sections.flatMap(\.entries)
        let bodyLinks = HandbookLinks(links: links, entries: Set(entries.map(\.key)))
        let contexts = self.contexts
        // Each body again, as the handbook's links and ids need it (its headings under the
        // category's h2 and the page's h3): on every core.
        let renderedBodies = entries.parallelMap { page in
            contexts.bodyHTML(page, href: { bodyLinks.href(for: $0, in: page.key) }, idPrefix: Self.idPrefix(of: page.key),
                              headingLevelOffset: 2)
        }
        let bodies = Dictionary(uniqueKeysWithValues: zip(entries.map(\.key), renderedBodies))
        context["sections"] = .objects(sections.map { section -> TemplateObject in
            var item: TemplateObject = [
                "anchor": .text(section.category.map { Self.anchor(of: $0.key) } ?? "handbook-other"),
                "title": .text(section.category?.title ?? strings.text("handbook.noCategory")),
                "entries": .objects(section.entries.map { entry($0, bodyHTML: bodies[$0.key] ?? "", links: links) }),
                "elsewhere": .objects(section.elsewhere.map { page -> TemplateObject in
                    var item = contexts.link(to: page, links: links)
                    item["anchor"] = .text(Self.anchor(of: page.key))
                    return item
                }),
                "hasElsewhere": .flag(!section.elsewhere.isEmpty),
                "hasEntries": .flag(!section.entries.isEmpty),
            ]
            if let category = section.category {
                item["category"] = .object(contexts.link(to: category, links: links))
            }
            return item
        })
        context["hasSections"] = .flag(!sections.isEmpty)
        context["asOf"] = contexts.day(contexts.today)
        context["countLabel"] = .text(types.map { strings.typeCount($0, view.pages(of: $0).count) }.joined(separator: " · "))
        return context
    }

    /// One page's section: its title, summary and body, and on the staff site what governs it.
    private func entry(_ page: ViewPage, bodyHTML: String, links: LinkHrefs) -> TemplateObject {
        var item = contexts.link(to: page, links: links)
        item["anchor"] = .text(Self.anchor(of: page.key))
        item["bodyHTML"] = .text(bodyHTML)
        if view.isFallback(page.key) { item["fallback"] = .object(LanguageLinks.describe(view.configuration.language)) }
        if let effective = page.effective { item["effective"] = contexts.day(effective) }
        if let hash = page.contentHash {
            item["version"] = .text(hash)
            item["shortVersion"] = .text(String(hash.prefix(10)))
        }
        item["hasFacts"] = .flag(page.effective != nil || page.contentHash != nil || page.governance != nil)
        if let governance = page.governance {
            var facts = contexts.governance(governance)
            facts["limits"] = .object(contexts.authorityTable(governance.authority))
            facts["steps"] = .texts(governance.steps)
            facts["hasSteps"] = .flag(!governance.steps.isEmpty)
            item["governance"] = .object(facts)
        }
        return item
    }
}
