import Foundation

/// The writers' checks that `casebook check` adds to the build's own: review dates, missing
/// summaries, orphan pages, grant and deny scripts that do not name each other,
/// conflicting approval limits, and translations outdated or missing. None of them stops a build; `--strict` makes them errors.
public enum ContentLinter {
    /// What each check is called in machine-readable output.
    public enum Rule: String, Sendable, CaseIterable {
        case reviewOverdue = "review-overdue"
        case reviewDueSoon = "review-due-soon"
        case missingSummary = "missing-summary"
        case orphanPage = "orphan-page"
        case relatedNotReciprocal = "related-not-reciprocal"
        case authorityConflict = "authority-conflict"
        case translationOutdated = "translation-outdated"
        case translationMissing = "translation-missing"
    }

    public static func lint(_ graph: ContentGraph, today: CalendarDay) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let inbound = inboundPages(graph)
        var pagesByKey: [PageKey: Page] = [:]
        for page in graph.pages { pagesByKey[page.key] = page }
        for page in graph.pages {
            diagnostics += reviewDiagnostics(page, today: today)
            if (page.frontMatter.summary ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                diagnostics.append(Diagnostic(.warning, page.key.sourcePath, rule: .missingSummary,
                    "no 'summary': lists, search results and the page description have nothing to show for it"))
            }
            if page.key.type != .categories, page.frontMatter.categories.isEmpty, inbound[page.key] == nil {
                diagnostics.append(Diagnostic(.warning, page.key.sourcePath, rule: .orphanPage,
                    "orphan page: it has no 'categories' and no page links to it, so readers can only find it in lists"))
            }
            diagnostics += reciprocityDiagnostics(page, pages: pagesByKey)
        }
        diagnostics += conflictDiagnostics(graph)
        diagnostics += translationDiagnostics(graph)
        return diagnostics
    }

    private static func reviewDiagnostics(_ page: Page, today: CalendarDay) -> [Diagnostic] {
        guard page.key.type == .policies, let reviewBy = page.frontMatter.reviewBy else { return [] }
        let at = page.frontMatter.position(of: "review_by")
        let owner = page.owner.map { " (owner: \($0.name))" } ?? ""
        switch ReviewStatus(reviewBy: reviewBy, today: today) {
        case .overdue:
            return [Diagnostic(.warning, page.key.sourcePath, at, rule: .reviewOverdue,
                               "overdue for review: 'review_by' \(reviewBy.iso) has passed\(owner)")]
        case .dueSoon:
            let days = reviewBy.daysSince1970 - today.daysSince1970
            let when = days == 0 ? "today" : days == 1 ? "tomorrow" : "in \(days) days"
            return [Diagnostic(.note, page.key.sourcePath, at, rule: .reviewDueSoon,
                               "review due \(when), on \(reviewBy.iso)\(owner)")]
        case .current, .unscheduled:
            return []
        }
    }

    /// Pages named by another page's links or `related`.
    private static func inboundPages(_ graph: ContentGraph) -> [PageKey: Int] {
        var inbound: [PageKey: Int] = [:]
        for link in graph.pageLinks { inbound[link.to, default: 0] += 1 }
        for page in graph.pages {
            for key in page.relatedKeys where key != page.key { inbound[key, default: 0] += 1 }
        }
        return inbound
    }

    /// A grant script and its deny script (one names the other in `related`) must name each other.
    private static func reciprocityDiagnostics(_ page: Page, pages: [PageKey: Page]) -> [Diagnostic] {
        guard let outcome = page.frontMatter.outcome, let opposite = outcome.opposite else { return [] }
        return page.relatedKeys.compactMap { key -> Diagnostic? in
            guard let counterpart = pages[key], counterpart.frontMatter.outcome == opposite,
                  !counterpart.relatedKeys.contains(page.key) else { return nil }
            return Diagnostic(.warning, key.sourcePath, counterpart.frontMatter.position(of: "related"),
                              rule: .relatedNotReciprocal,
                              "'related' does not name '\(page.key.contentPath)', which names this page: a \(outcome.rawValue) "
                              + "script and its \(opposite.rawValue) script should list each other")
        }
    }

    private static func conflictDiagnostics(_ graph: ContentGraph) -> [Diagnostic] {
        let policies = graph.pages.filter { $0.key.type == .policies }.map {
            AuthorityMatrix.Policy(key: $0.key, categories: $0.frontMatter.categories.map { PageKey(type: .categories, id: $0.value) },
                                   authority: $0.frontMatter.authority, scope: $0.frontMatter.scope ?? .specific)
        }
        let matrix = AuthorityMatrix(policies: policies, categoryOrder: graph.pages.filter { $0.key.type == .categories }.map(\.key))
        var diagnostics: [Diagnostic] = []
        for (category, role, cell) in matrix.conflicts {
            let scope = category.map { "category '\($0.id)'" } ?? "policies without a category"
            for grant in cell.grants {
                let others = cell.conflicting(with: grant).map { "\($0.limit) in \($0.policy.contentPath)" }
                if others.isEmpty { continue }
                let situation = grant.when.map { " when \($0)" } ?? ""
                diagnostics.append(Diagnostic(.warning, grant.policy.sourcePath, grant.position, rule: .authorityConflict,
                    "authority conflict in \(scope): '\(role)' may grant up to \(grant.limit)\(situation) here, but up to "
                    + others.joined(separator: " and ")))
            }
        }
        return diagnostics
    }
}

extension ScriptOutcome {
    /// Grant and deny pair up; inform has no counterpart.
    public var opposite: ScriptOutcome? {
        switch self {
        case .grant: .deny
        case .deny: .grant
        case .inform: nil
        }
    }
}

extension Page {
    /// The pages `related` names (entries that name no page are the validator's to report).
    var relatedKeys: [PageKey] {
        frontMatter.related.compactMap { LinkResolver.normalize($0.value, relativeTo: "").flatMap(PageKey.init(contentPath:)) }
    }
}
