import CasebookCore

extension PageContexts {
    /// A script's outcome, its fill-in form (staff site) and the script for the opposite outcome.
    func script(_ page: ViewPage, links: LinkHrefs) -> [String: Any] {
        let fields = isInternal ? page.document.placeholderNames : []
        var context: [String: Any] = ["hasFields": !fields.isEmpty, "fields": fields]
        if let outcome = page.outcome {
            context["outcome"] = outcome.rawValue
            context["outcomeLabel"] = outcome.label
        }
        let counterparts = page.related.compactMap { view[$0] }.filter { related in
            related.key.type == .scripts && related.outcome != nil && related.outcome == page.outcome?.opposite
        }
        context["counterparts"] = counterparts.map { counterpart -> [String: Any] in
            var item = link(to: counterpart, links: links)
            item["prompt"] = counterpart.outcome == .deny ? "Saying no instead?" : "Saying yes instead?"
            return item
        }
        return context
    }
}
