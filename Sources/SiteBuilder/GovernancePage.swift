import CasebookCore
import TemplateEngine

/// The staff-only governance page: every policy with its owner, dates and review status,
/// the most urgent first, with counts per owner and per status, and how each page stands in
/// the other languages.
struct GovernancePage {
    let view: AudienceView
    let contexts: PageContexts

    static let path = "governance/index.html"

    func context() -> TemplateObject {
        let path = Self.path
        let strings = contexts.strings
        var context = contexts.common(path: path, kind: "governance", title: strings.text("governance.title"),
                                      summary: strings.text("governance.summary"))
        let links = LinkHrefs(view: view, fromPath: path, fromKey: nil)
        let policies = view.pages(of: .policies).map { page in
            (page, ReviewStatus(reviewBy: page.governance?.reviewBy, today: contexts.today))
        }.sorted { lhs, rhs in
            let left = (lhs.1, lhs.0.governance?.reviewBy?.daysSince1970 ?? Int.max, lhs.0.title.lowercased(), lhs.0.key)
            let right = (rhs.1, rhs.0.governance?.reviewBy?.daysSince1970 ?? Int.max, rhs.0.title.lowercased(), rhs.0.key)
            return left < right
        }
        context["policies"] = .objects(policies.map { page, status in row(page, status: status, links: links) })
        context["hasPolicies"] = .flag(!policies.isEmpty)
        let limitChanges = policies.map(\.0).filter { $0.governance?.limitChanged != nil }.sorted(by: Self.newestLimitChangeFirst)
        context["limitChanges"] = .objects(limitChanges.map { page in
            var item = contexts.link(to: page, links: links)
            item["limitChanged"] = .object(contexts.changeDate(page.governance!.limitChanged!))
            return item
        })
        context["hasLimitChanges"] = .flag(!limitChanges.isEmpty)
        context["statuses"] = .objects(ReviewStatus.allCases.map { status -> TemplateObject in
            ["status": .text(status.rawValue), "label": .text(strings.reviewStatus(status)), "count": .number(policies.filter { $0.1 == status }.count)]
        })
        let owners = Dictionary(grouping: policies) { $0.0.governance?.owner?.name ?? "" }
        context["owners"] = .objects(owners.keys.sorted { $0.lowercased() < $1.lowercased() }.map { owner -> TemplateObject in
            let statuses = owners[owner, default: []].map(\.1)
            return ["owner": .text(owner), "total": .number(statuses.count),
                    "overdue": .number(statuses.filter { $0 == .overdue }.count),
                    "dueSoon": .number(statuses.filter { $0 == .dueSoon }.count)]
        })
        context.merge(TranslationTable(view: view, contexts: contexts).context(path: path, links: links)) { $1 }
        return context
    }

    /// Uncommitted edits first, then the newest commits; by title when made at once.
    private static func newestLimitChangeFirst(_ lhs: ViewPage, _ rhs: ViewPage) -> Bool {
        func order(_ page: ViewPage) -> (Int, Int, String, PageKey) {
            guard case .committed(let date)? = page.governance?.limitChanged else { return (0, 0, page.title.lowercased(), page.key) }
            return (1, -date.secondsSince1970, page.title.lowercased(), page.key)
        }
        return order(lhs) < order(rhs)
    }

    private func row(_ page: ViewPage, status: ReviewStatus, links: LinkHrefs) -> TemplateObject {
        var row = contexts.link(to: page, links: links)
        row["owner"] = .text(page.governance?.owner?.name ?? "")
        if case .codeOwners(let file, _)? = page.governance?.owner?.source { row["ownerSource"] = .text(file) }
        row["status"] = .text(status.rawValue)
        row["statusLabel"] = .text(contexts.strings.reviewStatus(status))
        if let effective = page.effective { row["effective"] = contexts.day(effective) }
        if let reviewBy = page.governance?.reviewBy { row["reviewBy"] = contexts.day(reviewBy) }
        if let updated = page.updated { row["updated"] = contexts.day(updated.day) }
        if let limitChanged = page.governance?.limitChanged { row["limitChanged"] = .object(contexts.changeDate(limitChanged)) }
        return row
    }
}
