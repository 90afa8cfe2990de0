import CasebookCore
import TemplateEngine

extension PageContexts {
    /// A category page as an agent reads it on a call: the policies that apply with their
    /// authority, the scripts for granting and denying, and the FAQ entries the customer may
    /// have read. The public site lists only FAQ entries and policies.
    func decision(for category: ViewPage, links: LinkHrefs) -> TemplateObject {
        let members = view.members(of: category.key)
        let policies = members.filter { $0.key.type == .policies }.map { policy -> TemplateObject in
            var item = link(to: policy, links: links)
            if let governance = policy.governance { item["governance"] = .object(self.governance(governance)) }
            return item
        }
        let faq = members.filter { $0.key.type == .faq }.map { link(to: $0, links: links) }
        var context: TemplateObject = [
            "policies": .objects(policies), "hasPolicies": .flag(!policies.isEmpty),
            "faq": .objects(faq), "hasFAQ": .flag(!faq.isEmpty),
            "isEmpty": .flag(policies.isEmpty && faq.isEmpty),
        ]
        guard isInternal else { return context }
        let scripts = members.filter { $0.key.type == .scripts }
        let groups: [(String, String, [ViewPage])] = [
            ("grant", "Granting the request", scripts.filter { $0.outcome == .grant }),
            ("deny", "Declining, with an alternative", scripts.filter { $0.outcome == .deny }),
            ("other", "Explaining and informing", scripts.filter { $0.outcome != .grant && $0.outcome != .deny }),
        ]
        context["scriptGroups"] = .objects(groups.filter { !$0.2.isEmpty }.map { id, title, pages -> TemplateObject in
            ["id": .text("scripts-\(id)"), "title": .text(title), "pages": .objects(pages.map { link(to: $0, links: links) })]
        })
        context["hasScripts"] = .flag(!scripts.isEmpty)
        context["isEmpty"] = .flag(policies.isEmpty && faq.isEmpty && scripts.isEmpty)
        return context
    }
}
