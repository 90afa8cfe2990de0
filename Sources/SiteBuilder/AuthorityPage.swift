import CasebookCore
import TemplateEngine

/// The staff-only authority matrix: scenario category by role, each cell the limits that role
/// may grant there and the policies they come from; conflicting limits are marked.
struct AuthorityPage {
    let view: AudienceView
    let contexts: PageContexts

    static let path = "authority/index.html"

    func context() -> TemplateObject {
        let path = Self.path
        let strings = contexts.strings
        var context = contexts.common(path: path, kind: "authority", title: strings.text("authority.title"),
                                      summary: strings.text("authority.summary"))
        let links = LinkHrefs(view: view, fromPath: path, fromKey: nil)
        let policies = view.pages(of: .policies).map { page in
            AuthorityMatrix.Policy(key: page.key, categories: page.categories,
                                   authority: page.governance?.authority ?? [], scope: page.governance?.scope ?? .specific)
        }
        let matrix = AuthorityMatrix(policies: policies, categoryOrder: view.pages(of: .categories).map(\.key))
        context["roles"] = .texts(matrix.roles)
        context["rows"] = .objects(matrix.rows.map { row -> TemplateObject in
            var item: TemplateObject = ["cells": .objects(matrix.roles.map { cell(row.cells[$0], role: $0, links: links) })]
            if let category = row.category.flatMap({ view[$0] }) {
                item["category"] = .object(contexts.link(to: category, links: links))
            }
            return item
        })
        context["hasRows"] = .flag(!matrix.rows.isEmpty)
        context["hasOverrides"] = .flag(matrix.rows.contains { row in
            row.cells.values.contains { cell in cell.grants.contains { !cell.overriding($0).isEmpty } }
        })
        let conflicts = matrix.conflicts.count
        context["conflictLabel"] = conflicts == 0 ? nil : .text(strings.count("authority.conflicts", conflicts))
        return context
    }

    /// One cell: each distinct limit (for its situation) with the policies that give it, and
    /// the specific policies that override it when it comes from a general one.
    private func cell(_ cell: AuthorityMatrix.Cell?, role: String, links: LinkHrefs) -> TemplateObject {
        guard let cell else { return ["isEmpty": true] }
        struct LimitKey: Hashable { var limit: String; var when: String? }
        var order: [LimitKey] = []
        var grantsByLimit: [LimitKey: [AuthorityMatrix.Grant]] = [:]
        for grant in cell.grants {
            let key = LimitKey(limit: grant.limit, when: grant.when)
            if grantsByLimit[key] == nil { order.append(key) }
            grantsByLimit[key, default: []].append(grant)
        }
        return [
            "isConflict": .flag(cell.isConflict),
            "limits": .objects(order.map { key in
                let grants = grantsByLimit[key] ?? []
                let overriders = uniquePolicies(grants.flatMap { cell.overriding($0) }.map(\.policy))
                var item = contexts.limitMeasure(key.limit)
                item["role"] = .text(role)
                item["limit"] = .text(key.limit)
                item["situation"] = .text(key.when ?? "")
                if let when = key.when { item["when"] = .text(when) }
                item["policies"] = .objects(uniquePolicies(grants.map(\.policy)).compactMap { view[$0] }.map { contexts.link(to: $0, links: links) })
                item["isConflicting"] = .flag(grants.contains { !cell.conflicting(with: $0).isEmpty })
                item["isOverridden"] = .flag(!overriders.isEmpty)
                item["overriddenBy"] = .objects(overriders.compactMap { view[$0] }.map { contexts.link(to: $0, links: links) })
                return item
            }),
        ]
    }

    private func uniquePolicies(_ keys: [PageKey]) -> [PageKey] {
        var seen = Set<PageKey>()
        return keys.filter { seen.insert($0).inserted }
    }
}
