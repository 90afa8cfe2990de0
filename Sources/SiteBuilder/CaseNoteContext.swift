import CasebookCore
import TemplateEngine

extension PageContexts {
    /// What the case note form names (staff site): each policy the decision was made under,
    /// with its effective date and its version, git's id for the policy's source file.
    func caseNote(for policies: [ViewPage], links: LinkHrefs) -> TemplateObject {
        let items = policies.map { policy -> TemplateObject in
            var item = link(to: policy, links: links)
            if let effective = policy.effective { item["effective"] = day(effective) }
            if let hash = policy.contentHash {
                item["version"] = .text(hash)
                item["shortVersion"] = .text(String(hash.prefix(10)))
            }
            return item
        }
        return ["policies": .objects(items), "hasPolicies": .flag(!items.isEmpty)]
    }
}
