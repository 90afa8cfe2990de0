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
        var context = contexts.common(path: path, kind: "authority", title: "Who may approve what",
            summary: "Every policy's approval limits in one table: scenario category by role.")
        let links = LinkHrefs(view: view, fromPath: path, fromKey: nil)
        let policies = view.pages(of: .policies).map { page in
            AuthorityMatrix.Policy(key: page.key, categories: page.categories,
                                   authority: page.governance?.authority ?? [])
        }
        let matrix = AuthorityMatrix(policies: policies, categoryOrder: view.pages(of: .categories).map(\.key))
        context["roles"] = .texts(matrix.roles)
        context["rows"] = .objects(matrix.rows.map { row -> TemplateObject in
            var item: TemplateObject = ["cells": .objects(matrix.roles.map { cell(row.cells[$0], links: links) })]
            if let category = row.category.flatMap({ view[$0] }) {
                item["category"] = .object(contexts.link(to: category, links: links))
            }
            return item
        })
        context["hasRows"] = .flag(!matrix.rows.isEmpty)
        let conflicts = matrix.conflicts.count
        context["conflictLabel"] = conflicts == 0 ? nil : conflicts == 1 ? "1 conflict" : .text("\(conflicts) conflicts")
        return context
    }

    /// One cell: each distinct limit with the policies that give it.
    private func cell(_ cell: AuthorityMatrix.Cell?, links: LinkHrefs) -> TemplateObject {
        guard let cell else { return ["isEmpty": true] }
        var limits: [String] = []
        var sources: [String: [TemplateObject]] = [:]
        for grant in cell.grants {
            if sources[grant.limit] == nil { limits.append(grant.limit) }
            if let policy = view[grant.policy] { sources[grant.limit, default: []].append(contexts.link(to: policy, links: links)) }
        }
        let conflicting = Set(cell.grants.filter { !cell.conflicting(with: $0).isEmpty }.map(\.limit))
        return [
            "isConflict": .flag(cell.isConflict),
            "limits": .objects(limits.map { ["limit": .text($0), "policies": .objects(sources[$0] ?? []),
                                             "isConflicting": .flag(conflicting.contains($0))] }),
        ]
    }
}
