import CasebookCore

extension PageContexts {
    /// A category page as an agent reads it on a call: the policies that apply with their
    /// authority, the scripts for granting and denying, and the FAQ entries the customer may
    /// have read. The public site lists only FAQ entries and policies.
    func decision(for category: ViewPage, links: LinkHrefs) -> [String: Any] {
        let members = view.members(of: category.key)
        let policies = members.filter { $0.key.type == .policies }.map { policy -> [String: Any] in
            var item = link(to: policy, links: links)
            if let governance = policy.governance { item["governance"] = self.governance(governance) }
            return item
        }
        let faq = members.filter { $0.key.type == .faq }.map { link(to: $0, links: links) }
        var context: [String: Any] = [
            "policies": policies, "hasPolicies": !policies.isEmpty,
            "faq": faq, "hasFAQ": !faq.isEmpty,
            "isEmpty": policies.isEmpty && faq.isEmpty,
        ]
        guard isInternal else { return context }
        let scripts = members.filter { $0.key.type == .scripts }
        let groups: [(String, String, [ViewPage])] = [
            ("grant", "Granting the request", scripts.filter { $0.outcome == .grant }),
            ("deny", "Declining, with an alternative", scripts.filter { $0.outcome == .deny }),
            ("other", "Explaining and informing", scripts.filter { $0.outcome != .grant && $0.outcome != .deny }),
        ]
        context["scriptGroups"] = groups.filter { !$0.2.isEmpty }.map { id, title, pages -> [String: Any] in
            ["id": "scripts-\(id)", "title": title, "pages": pages.map { link(to: $0, links: links) }]
        }
        context["hasScripts"] = !scripts.isEmpty
        context["isEmpty"] = policies.isEmpty && faq.isEmpty && scripts.isEmpty
        return context
    }
}
