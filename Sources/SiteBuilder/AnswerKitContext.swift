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
    /// the other scripts of the scenarios it covers (`sameScenario`).
    private func scriptGroups(for policy: ViewPage, links: LinkHrefs) -> [TemplateObject] {
        let direct = linked(to: policy, ofType: .scripts)
        let directKeys = Set(direct.map(\.key))
        let shared = view.pages(of: .scripts).filter { script in
            !directKeys.contains(script.key) && script.categories.contains(where: policy.categories.contains)
        }
        return ScriptOutcome.allCases.compactMap { outcome -> TemplateObject? in
            let linked = direct.filter { ($0.outcome ?? .inform) == outcome }.map { link(to: $0, links: links) }
            let others = shared.filter { ($0.outcome ?? .inform) == outcome }.map { link(to: $0, links: links) }
            guard !linked.isEmpty || !others.isEmpty else { return nil }
            return ["outcome": .text(outcome.rawValue), "title": .text(strings.outcomeHeading(outcome)),
                    "pages": .objects(linked), "hasPages": .flag(!linked.isEmpty),
                    "sameScenario": .objects(others), "hasSameScenario": .flag(!others.isEmpty)]
        }
    }

    /// The policies a script carries out: those it links or that link to it.
    func policies(carriedOutBy script: ViewPage) -> [ViewPage] {
        linked(to: script, ofType: .policies)
    }

    /// The pages of `type` linked with `page` either way, by `related` or in the text: those
    /// `page` names in `related` first, in its order, then the others in the view's order.
    private func linked(to page: ViewPage, ofType type: PageType) -> [ViewPage] {
        let named = page.related.compactMap { view[$0] }.filter { $0.key.type == type }
        let namedKeys = Set(named.map(\.key))
        let others = view.pages(of: type).filter { other in
            !namedKeys.contains(other.key) && other.key != page.key
                && (other.related.contains(page.key) || other.backlinks.contains(page.key) || page.backlinks.contains(other.key))
        }
        return named + others
    }

    /// The policies a script carries out, each with the limits that apply under it.
    func policyContexts(carriedOutBy script: ViewPage, links: LinkHrefs) -> [TemplateObject] {
        policies(carriedOutBy: script).map { policy in
            var item = link(to: policy, links: links)
            item["limits"] = .objects(limitSources(for: policy, links: links))
            return item
        }
    }
}
