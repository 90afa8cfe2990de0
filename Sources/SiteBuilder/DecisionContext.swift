import CasebookCore
import TemplateEngine

extension PageContexts {
    /// A category page as an agent reads it on a call: the policies written for the scenario
    /// with their authority, then (staff site) the general policies once, collapsed, with their
    /// limits shown once; the scripts for granting and denying; and the FAQ entries the customer
    /// may have read. The public site lists only FAQ entries and policies.
    func decision(for category: ViewPage, links: LinkHrefs) -> TemplateObject {
        let members = view.members(of: category.key)
        let allPolicies = members.filter { $0.key.type == .policies }
        let general = allPolicies.filter { $0.governance?.scope == .general }
        let policies = allPolicies.filter { $0.governance?.scope != .general }.map { policy -> TemplateObject in
            var item = link(to: policy, links: links)
            if let governance = policy.governance { item["governance"] = .object(self.governance(governance)) }
            return item
        }
        let faq = members.filter { $0.key.type == .faq }.map { link(to: $0, links: links) }
        var context: TemplateObject = [
            "policies": .objects(policies), "hasPolicies": .flag(!policies.isEmpty),
            "faq": .objects(faq), "hasFAQ": .flag(!faq.isEmpty),
            "isEmpty": .flag(allPolicies.isEmpty && faq.isEmpty),
        ]
        guard isInternal else { return context }
        let generalLimits = sharedLimits(of: general).map { sources, authority -> TemplateObject in
            ["sources": .objects(sources.map { link(to: $0, links: links) }), "table": .object(authorityTable(authority))]
        }
        context["generalPolicies"] = .objects(general.map { link(to: $0, links: links) })
        context["hasGeneralPolicies"] = .flag(!general.isEmpty)
        context["generalLimits"] = .objects(generalLimits)
        context["hasGeneralLimits"] = .flag(!generalLimits.isEmpty)
        let scripts = members.filter { $0.key.type == .scripts }
        context["scriptGroups"] = .objects(ScriptOutcome.allCases.compactMap { outcome -> TemplateObject? in
            let pages = scripts.filter { ($0.outcome ?? .inform) == outcome }
            guard !pages.isEmpty else { return nil }
            return ["id": .text(outcome == .inform ? "scripts-other" : "scripts-\(outcome.rawValue)"), "title": .text(strings.outcomeHeading(outcome)),
                    "pages": .objects(pages.map { link(to: $0, links: links) })]
        })
        context["hasScripts"] = .flag(!scripts.isEmpty)
        context["isEmpty"] = .flag(allPolicies.isEmpty && faq.isEmpty && scripts.isEmpty)
        return context
    }

    /// The general policies' limits, each distinct list once with every policy that gives it.
    private func sharedLimits(of policies: [ViewPage]) -> [(sources: [ViewPage], authority: [AuthorityGrant])] {
        var lists: [(sources: [ViewPage], authority: [AuthorityGrant])] = []
        for policy in policies {
            guard let authority = policy.governance?.authority, !authority.isEmpty else { continue }
            let terms = authority.map { [$0.role, $0.upTo, $0.when ?? ""] }
            if let index = lists.firstIndex(where: { $0.authority.map { [$0.role, $0.upTo, $0.when ?? ""] } == terms }) {
                lists[index].sources.append(policy)
            } else {
                lists.append(([policy], authority))
            }
        }
        return lists
    }
}
