import CasebookCore
import TemplateEngine

extension PageContexts {
    /// What an agent needs from a policy before reading it (staff site): who may approve up to
    /// what, the scripts that carry it out and the steps to follow.
    func answerKit(for policy: ViewPage, governance: PolicyGovernance, links: LinkHrefs) -> TemplateObject {
        let limits = limitSources(for: policy, links: links)
        let groups = scriptGroups(for: policy, links: links)
        return [
            "limits": .objects(limits), "hasLimits": .flag(!limits.isEmpty),
            "isInherited": .flag(!limits.isEmpty && governance.authority.isEmpty),
            "scriptGroups": .objects(groups), "hasScripts": .flag(!groups.isEmpty),
            "steps": .texts(governance.steps), "hasSteps": .flag(!governance.steps.isEmpty),
            "isGeneral": .flag(governance.scope == .general),
        ]
    }

    /// The scripts for a policy by outcome: those it links or that link to it (`pages`), and
    /// up to `sameScenarioLimit` other scripts of the scenarios it covers (`sameScenario`), by
    /// title; its category pages list them all.
    private func scriptGroups(for policy: ViewPage, links: LinkHrefs) -> [TemplateObject] {
        let direct = linked(to: policy, ofType: .scripts)
        let directKeys = Set(direct.map(\.key))
        return ScriptOutcome.allCases.compactMap { outcome -> TemplateObject? in
            let linked = direct.filter { ($0.outcome ?? .inform) == outcome }.map { link(to: $0, links: links) }
            let others = relations.scripts(with: outcome, in: policy.categories, excluding: directKeys,
                                           limit: Self.sameScenarioLimit).map { link(to: $0, links: links) }
            guard !linked.isEmpty || !others.isEmpty else { return nil }
            return ["outcome": .text(outcome.rawValue), "title": .text(strings.outcomeHeading(outcome)),
                    "pages": .objects(linked), "hasPages": .flag(!linked.isEmpty),
                    "sameScenario": .objects(others), "hasSameScenario": .flag(!others.isEmpty)]
        }
    }

    /// How many scripts of a policy's scenarios its answer kit names, per outcome.
    static let sameScenarioLimit = 6

    /// The policies a script carries out: those it links or that link to it.
    func policies(carriedOutBy script: ViewPage) -> [ViewPage] {
        linked(to: script, ofType: .policies)
    }

    /// The pages of `type` linked with `page` either way (`PageRelations.linked`).
    private func linked(to page: ViewPage, ofType type: PageType) -> [ViewPage] {
        relations.linked(to: page, in: view).filter { $0.key.type == type }
    }

    /// A link to a policy with the limits that apply under it.
    func policyWithLimits(_ policy: ViewPage, links: LinkHrefs) -> TemplateObject {
        var item = link(to: policy, links: links)
        item["limits"] = .objects(limitSources(for: policy, links: links))
        return item
    }
}
