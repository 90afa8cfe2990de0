import CasebookCore

/// The text of a new page: front matter with every field its type uses, and a starter body
/// that shows the shape a good page of that type has. Used by `casebook new` and `casebook init`.
struct PageStarter {
    var type: PageType
    var title: String
    var categories: [String] = []
    /// The day the page is made: `effective`, and a year later `review_by`, for policies.
    var today: CalendarDay
    var order: Int?

    var text: String {
        "---\n" + frontMatter + "---\n" + body
    }

    private var quotedTitle: String { YAMLScalar.text(title) }
    private var categoryList: String { "[" + categories.joined(separator: ", ") + "]" }

    private var frontMatter: String {
        switch type {
        case .categories:
            return """
                title: \(quotedTitle)
                summary: One line on the situations this category covers.
                order: \(order ?? 10)

                """
        case .policies:
            let reviewBy = CalendarDay(secondsSince1970: (today.daysSince1970 + 365) * 86_400)
            return """
                title: \(quotedTitle)
                summary: One line on what this policy allows and when.
                audience: internal          # public: customers may read it too
                owner: Customer Care        # the team or role accountable for the policy
                effective: \(today.iso)
                review_by: \(reviewBy.iso)
                categories: \(categoryList)
                authority:                  # least authority first; a row may add when: "the situation"
                  - { role: Agent, up_to: "$25" }
                  - { role: Supervisor, up_to: "$100" }
                steps:                      # what an agent does, in order (staff only)
                  - Check the account.
                  - Decide within the limits above, or ask the approver they name.
                # scope: general            # for a policy that applies to every scenario

                """
        case .faq:
            return """
                title: \(quotedTitle)
                summary: The answer in one sentence.
                categories: \(categoryList)

                """
        case .scripts:
            return """
                title: \(quotedTitle)
                summary: When to use this script, in one line.
                outcome: grant              # grant, deny or inform
                categories: \(categoryList)
                related: []                 # e.g. [scripts/the-matching-deny-script.md]

                """
        }
    }

    private var body: String {
        switch type {
        case .categories:
            return """

                Describe the situations that belong here, with two or three typical examples,
                so that staff recognise the case in front of them.

                """
        case .policies:
            return """

                State the rule in two or three sentences: what we do, for whom, and why.

                ## When it applies

                - The situations this covers.
                - The situations it does not cover, and where to look instead.

                ## What staff may do

                Describe the exception and its limits. The authority table above says who
                may approve it, up to what.

                > [!INTERNAL]
                > Notes for staff only: reason codes, tools, how to record the decision.

                """
        case .faq:
            return """

                Answer the question directly in the first sentence, then give the details a
                customer needs: what to do, how long it takes, and whom to contact.

                """
        case .scripts:
            return """

                Use this script once the decision is made. Say it in your own voice.

                > Thank you for explaining all of that, [customer name]. I have [what was done],
                > and you will see it on your account by [date].

                """
        }
    }
}
