import CasebookCore
import TemplateEngine

extension PageContexts {
    /// A script's outcome, its fill-in form (staff site), the script for the opposite outcome
    /// and, on the staff site, the policies it carries out with their limits.
    func script(_ page: ViewPage, carryingOut policies: [ViewPage], links: LinkHrefs) -> TemplateObject {
        let fields = isInternal ? page.document.placeholderNames : []
        var context: TemplateObject = ["hasFields": .flag(!fields.isEmpty), "fields": .texts(fields),
                                       "fieldCount": .text(strings.number(fields.count))]
        if let outcome = page.outcome {
            context["outcome"] = .text(outcome.rawValue)
            context["outcomeLabel"] = .text(strings.outcomeLabel(outcome))
        }
        let counterparts = page.related.compactMap { view[$0] }.filter { related in
            related.key.type == .scripts && related.outcome != nil && related.outcome == page.outcome?.opposite
        }
        context["counterparts"] = .objects(counterparts.map { counterpart -> TemplateObject in
            var item = link(to: counterpart, links: links)
            if let outcome = counterpart.outcome { item["prompt"] = .text(strings.outcomePrompt(outcome)) }
            return item
        })
        if isInternal {
            context["policies"] = .objects(policies.map { policyWithLimits($0, links: links) })
            context["hasPolicies"] = .flag(!policies.isEmpty)
            context["policyCount"] = .text(strings.number(policies.count))
        }
        return context
    }
}
