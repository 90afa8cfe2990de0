import CasebookCore
import TemplateEngine

extension PageContexts {
    /// An authority table's rows, grouped by the situation they apply to (in the order first
    /// written), each with its limit's measure so the approval calculator can compare amounts.
    func authorityTable(_ grants: [AuthorityGrant]) -> TemplateObject {
        let hasSituations = grants.contains { $0.when != nil }
        var situations: [String?] = []
        for grant in grants where !situations.contains(grant.when) { situations.append(grant.when) }
        let ordered = situations.flatMap { situation in grants.filter { $0.when == situation } }
        return [
            "hasSituations": .flag(hasSituations),
            "rows": .objects(ordered.map { grant in
                var row = limitMeasure(grant.upTo)
                row["role"] = .text(grant.role)
                row["upTo"] = .text(grant.upTo)
                row["situation"] = .text(grant.when ?? "")
                row["situationLabel"] = .text(grant.when ?? strings.text("authorityTable.otherwise"))
                return row
            }),
        ]
    }

    /// `amount` and `unit` for a measurable limit, `isUnlimited` for one with no ceiling.
    func limitMeasure(_ upTo: String) -> TemplateObject {
        if AuthorityLimit.isUnlimited(upTo) { return ["isUnlimited": true] }
        guard let limit = AuthorityLimit(upTo) else { return [:] }
        return ["amount": .text("\(limit.amount)"), "unit": .text(limit.unit)]
    }

    /// The limits that apply under `policy`: its own, or when it names none, those of the
    /// general policies it shares a scenario with. Each entry is the policy the limits come
    /// from, with its table.
    func limitSources(for policy: ViewPage, links: LinkHrefs) -> [TemplateObject] {
        let sources: [ViewPage]
        if let own = policy.governance, !own.authority.isEmpty {
            sources = [policy]
        } else {
            sources = relations.generalPoliciesWithLimits.filter { other in
                other.key != policy.key && other.categories.contains(where: policy.categories.contains)
            }
        }
        return sources.map { source in
            var item = link(to: source, links: links)
            item["isOwn"] = .flag(source.key == policy.key)
            item["table"] = .object(authorityTable(source.governance?.authority ?? []))
            return item
        }
    }
}
