import CasebookCore

/// What the answer kit asks of the whole view, worked out once per site so that each page's
/// answer costs what the page links to, not what the site holds: which pages name a page in
/// `related`, each category's scripts by outcome, and the general policies with limits.
struct PageRelations: Sendable {
    /// Per page, the pages whose `related` names it, in the view's order.
    private let namedBy: [PageKey: [PageKey]]
    /// Per category and outcome (no outcome counts as `inform`), its scripts by title.
    private let scripts: [PageKey: [ScriptOutcome: [ViewPage]]]
    /// The `scope: general` policies that set approval limits (staff site).
    let generalPoliciesWithLimits: [ViewPage]

    init(view: AudienceView) {
        var namedBy: [PageKey: [PageKey]] = [:]
        for page in view.pages {
            for key in page.related where key != page.key { namedBy[key, default: []].append(page.key) }
        }
        self.namedBy = namedBy
        var scripts: [PageKey: [ScriptOutcome: [ViewPage]]] = [:]
        for script in view.pages(of: .scripts) {
            for category in script.categories { scripts[category, default: [:]][script.outcome ?? .inform, default: []].append(script) }
        }
        self.scripts = scripts
        generalPoliciesWithLimits = view.pages(of: .policies).filter { policy in
            policy.governance?.scope == .general && !(policy.governance?.authority.isEmpty ?? true)
        }
    }

    /// The pages linked with `page` either way, by `related` or in the text: those `page`
    /// names in `related` first, in its order, then the others by key.
    func linked(to page: ViewPage, in view: AudienceView) -> [ViewPage] {
        let named = page.related.filter { $0 != page.key }
        var others = Set(namedBy[page.key] ?? []).union(page.backlinks)
        for case .page(let key, _) in page.linkTargets.values { others.insert(key) }
        others.subtract(named)
        others.remove(page.key)
        return (named + others.sorted()).compactMap { view[$0] }
    }

    /// Up to `limit` scripts with `outcome` of the categories given, leaving out `excluded`,
    /// by title: the first of each category's list are enough to find them.
    func scripts(with outcome: ScriptOutcome, in categories: [PageKey], excluding excluded: Set<PageKey>,
                 limit: Int) -> [ViewPage] {
        var seen = excluded
        var candidates: [ViewPage] = []
        for category in categories {
            for script in (scripts[category]?[outcome] ?? []).prefix(limit + excluded.count) where seen.insert(script.key).inserted {
                candidates.append(script)
            }
        }
        return Array(candidates.sorted { ($0.title.lowercased(), $0.key) < ($1.title.lowercased(), $1.key) }.prefix(limit))
    }
}
