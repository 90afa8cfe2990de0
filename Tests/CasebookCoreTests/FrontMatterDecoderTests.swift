@testable import CasebookCore
import Testing

@Suite("Front matter decoding")
struct FrontMatterDecoderTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var type: PageType
        var yaml: String
        /// Every diagnostic, as printed.
        var expected: [String]
        var testDescription: String { name }

        init(_ name: String, _ type: PageType, _ yaml: String, _ expected: [String]) {
            self.name = name
            self.type = type
            self.yaml = yaml
            self.expected = expected
        }
    }

    static func path(_ type: PageType) -> String { "content/\(type.rawValue)/page.md" }

    // The YAML starts on line 2 of the file, after the opening '---'.
    static let problems: [Case] = [
        Case("valid FAQ", .faq, "title: Why?\nsummary: Because.", []),
        Case("valid policy", .policies, "title: Late fees\nowner: Billing", []),
        Case("invalid YAML: mapping value in a plain scalar", .faq, "title: A\nsummary: b: c",
             ["content/faq/page.md:3:11: error: invalid YAML: mapping values are not allowed in this context"]),
        Case("invalid YAML: tab indentation", .faq, "title: A\n\tsummary: b",
             ["content/faq/page.md:3:1: error: invalid YAML: found a tab character that violates indentation"]),
        Case("YAML that is not a mapping", .faq, "- a\n- b",
             ["content/faq/page.md:2:1: error: front matter must be a mapping of keys to values"]),
        Case("title as a list", .faq, "title: [a, b]",
             ["content/faq/page.md:2:8: error: 'title' must be a single value, not a list or mapping"]),
        Case("title as a mapping", .faq, "summary: s\ntitle:\n  text: A",
             ["content/faq/page.md:4:3: error: 'title' must be a single value, not a list or mapping"]),
        Case("categories as a scalar", .faq, "title: A\ncategories: billing-errors",
             ["content/faq/page.md:3:13: error: 'categories' must be a list: write [billing-errors]"]),
        Case("tags as a scalar", .faq, "title: A\ntags: refunds",
             ["content/faq/page.md:3:7: error: 'tags' must be a list: write [refunds]"]),
        Case("related entry that is a list", .faq, "title: A\nrelated:\n  - [faq/a.md]",
             ["content/faq/page.md:4:5: error: each entry of 'related' must be a single value"]),
        Case("order not an integer", .categories, "title: A\norder: first",
             ["content/categories/page.md:3:8: error: 'order' must be a whole number, not 'first'"]),
        Case("order a fraction", .categories, "title: A\norder: 1.5",
             ["content/categories/page.md:3:8: error: 'order' must be a whole number, not '1.5'"]),
        Case("effective not a date", .policies, "title: A\nowner: B\neffective: soon",
             ["content/policies/page.md:4:12: error: 'effective' must be a date written YYYY-MM-DD, not 'soon'"]),
        Case("effective an impossible date", .policies, "title: A\nowner: B\neffective: 2026-02-30",
             ["content/policies/page.md:4:12: error: 'effective' must be a date written YYYY-MM-DD, not '2026-02-30'"]),
        Case("review_by without leading zeros", .policies, "title: A\nowner: B\nreview_by: 2026-3-1",
             ["content/policies/page.md:4:12: error: 'review_by' must be a date written YYYY-MM-DD, not '2026-3-1'"]),
        Case("audience not public or internal", .faq, "title: A\naudience: everyone",
             ["content/faq/page.md:3:11: error: 'audience' must be 'public' or 'internal', not 'everyone'"]),
        Case("audience in capitals", .faq, "title: A\naudience: Public",
             ["content/faq/page.md:3:11: error: 'audience' must be 'public' or 'internal', not 'Public'"]),
        Case("outcome not grant, deny or inform", .scripts, "title: A\noutcome: maybe",
             ["content/scripts/page.md:3:10: error: 'outcome' must be 'grant' or 'deny' or 'inform', not 'maybe'"]),
        Case("authority entry missing role", .policies, "title: A\nowner: B\nauthority:\n  - up_to: $100",
             ["content/policies/page.md:5:5: error: an 'authority' entry needs a 'role'"]),
        Case("authority entry missing up_to", .policies, "title: A\nowner: B\nauthority:\n  - role: Supervisor",
             ["content/policies/page.md:5:5: error: the 'authority' entry for 'Supervisor' needs 'up_to' (an amount, or 'no limit')"]),
        Case("authority not a list", .policies, "title: A\nowner: B\nauthority: Supervisor",
             ["content/policies/page.md:4:12: error: 'authority' must be a list of entries like { role: Supervisor, up_to: \"$100\" }"]),
        Case("authority entry not a mapping", .policies, "title: A\nowner: B\nauthority:\n  - Supervisor",
             ["content/policies/page.md:5:5: error: each 'authority' entry must be a mapping of keys to values"]),
        Case("authority entry with an unknown key", .policies,
             "title: A\nowner: B\nauthority:\n  - role: Agent\n    up_too: $5\n    up_to: $5",
             ["content/policies/page.md:6:5: warning: unknown authority key 'up_too'; did you mean 'up_to'?"]),
        Case("authority entry with an empty when", .policies, "title: A\nowner: B\nauthority:\n  - { role: Agent, up_to: $5, when: '' }",
             ["content/policies/page.md:5:5: error: the 'authority' entry for 'Agent' has an empty 'when': name the situation, or leave 'when' out"]),
        Case("scope not general or specific", .policies, "title: A\nowner: B\nscope: everywhere",
             ["content/policies/page.md:4:8: error: 'scope' must be 'specific' or 'general', not 'everywhere'"]),
        Case("steps as a scalar", .policies, "title: A\nowner: B\nsteps: Call back",
             ["content/policies/page.md:4:8: error: 'steps' must be a list: write [Call back]"]),
        Case("steps on a script", .scripts, "title: A\nsteps: [Say hello]",
             ["content/scripts/page.md:3:1: warning: 'steps' applies only to policies; ignored here"]),
        Case("unknown key with a suggestion", .faq, "title: A\ncatgories: [billing]",
             ["content/faq/page.md:3:1: warning: unknown front-matter key 'catgories'; did you mean 'categories'?"]),
        Case("unknown key without a suggestion", .faq, "title: A\nflavour: vanilla",
             ["content/faq/page.md:3:1: warning: unknown front-matter key 'flavour'"]),
        Case("owner on a FAQ", .faq, "title: A\nowner: Billing",
             ["content/faq/page.md:3:1: warning: 'owner' applies only to policies; ignored here"]),
        Case("outcome on a policy", .policies, "title: A\nowner: B\noutcome: grant",
             ["content/policies/page.md:4:1: warning: 'outcome' applies only to scripts; ignored here"]),
        Case("categories on a category", .categories, "title: A\ncategories: [x]",
             ["content/categories/page.md:3:1: warning: 'categories' applies only to policies, faq, scripts; ignored here"]),
        Case("missing title", .faq, "summary: No title here.",
             ["content/faq/page.md:1:1: error: missing 'title': every page needs one"]),
        Case("empty front matter", .faq, "",
             ["content/faq/page.md:1:1: error: missing 'title': every page needs one"]),
        Case("empty title", .faq, "title: ''", ["content/faq/page.md:2:8: error: 'title' is empty"]),
        Case("blank title", .faq, "summary: s\ntitle: '   '", ["content/faq/page.md:3:8: error: 'title' is empty"]),
        Case("null title", .faq, "title:", ["content/faq/page.md:2:7: error: 'title' is empty"]),
        // A missing owner is reported after CODEOWNERS is read (OwnerAssignment), not here.
        Case("missing owner on a policy", .policies, "title: Late fees", []),
        Case("blank owner on a policy", .policies, "title: Late fees\nowner: ' '", []),
        // Reported where the key first appears.
        Case("duplicate keys", .faq, "title: A\nsummary: s\ntitle: B",
             ["content/faq/page.md:2:1: error: duplicate key 'title'"]),
        Case("several duplicate keys", .faq, "title: A\nsummary: s\ntitle: B\nsummary: t",
             ["content/faq/page.md:3:1: error: duplicate key 'summary', 'title'"]),
    ]

    @Test(arguments: problems)
    func diagnostics(_ testCase: Case) {
        let (_, diagnostics) = FrontMatterDecoder.decode(testCase.yaml, type: testCase.type, path: Self.path(testCase.type))
        #expect(diagnostics.map(\.description) == testCase.expected)
    }

    @Test func everyFieldOfAPolicyIsDecoded() {
        let yaml = """
        title: "Late fee waiver: when and how"
        summary: When we waive a late fee.
        audience: public
        categories: [billing-errors, refunds]
        related:
          - scripts/granting-an-exception.md
        tags: [fees, waiver]
        owner: Billing team
        effective: 2026-03-01
        review_by: 2027-02-28
        authority:
          - role: Agent
            up_to: $25
          - { role: Supervisor, up_to: "no limit" }
          - { role: Agent, up_to: any amount, when: our outage caused it }
        scope: general
        steps:
          - Check the invoice.
          - Waive the fee.
        """
        let (frontMatter, diagnostics) = FrontMatterDecoder.decode(yaml, type: .policies, path: "content/policies/late-fee.md")
        #expect(diagnostics == [])
        var expected = FrontMatter()
        expected.title = "Late fee waiver: when and how"
        expected.summary = "When we waive a late fee."
        expected.audience = .public
        expected.categories = [Located("billing-errors", line: 5, column: 14), Located("refunds", line: 5, column: 30)]
        expected.related = [Located("scripts/granting-an-exception.md", line: 7, column: 5)]
        expected.tags = ["fees", "waiver"]
        expected.owner = "Billing team"
        expected.effective = CalendarDay(year: 2026, month: 3, day: 1)
        expected.reviewBy = CalendarDay(year: 2027, month: 2, day: 28)
        expected.authority = [AuthorityGrant(role: "Agent", upTo: "$25", position: FilePosition(line: 13, column: 11)),
                              AuthorityGrant(role: "Supervisor", upTo: "no limit", position: FilePosition(line: 15, column: 13)),
                              AuthorityGrant(role: "Agent", upTo: "any amount", when: "our outage caused it",
                                             position: FilePosition(line: 16, column: 13))]
        expected.scope = .general
        expected.steps = ["Check the invoice.", "Waive the fee."]
        // Each key's file line (the YAML starts on line 2; line 7 holds the 'related' item).
        let lines = ["title": 2, "summary": 3, "audience": 4, "categories": 5, "related": 6, "tags": 8, "owner": 9,
                     "effective": 10, "review_by": 11, "authority": 12, "scope": 17, "steps": 18]
        expected.keyPositions = lines.mapValues { FilePosition(line: $0, column: 1) }
        #expect(frontMatter == expected)
    }

    @Test func scriptAndCategoryFields() {
        let (script, scriptDiagnostics) = FrontMatterDecoder.decode("title: Saying no\noutcome: deny", type: .scripts, path: "p")
        #expect(scriptDiagnostics == [])
        #expect(script.outcome == .deny)
        #expect(script.title == "Saying no")

        let (category, categoryDiagnostics) = FrontMatterDecoder.decode("title: Billing\norder: -2\naudience: internal",
                                                                        type: .categories, path: "p")
        #expect(categoryDiagnostics == [])
        #expect(category.order == -2)
        #expect(category.audience == .internal)
    }

    @Test func scalarsThatLookLikeOtherTypesAreText() {
        let (frontMatter, diagnostics) = FrontMatterDecoder.decode("title: 2026\nsummary: yes\ntags: [1, true, null-ish]",
                                                                   type: .faq, path: "p")
        #expect(diagnostics == [])
        #expect(frontMatter.title == "2026")
        #expect(frontMatter.summary == "yes")
        #expect(frontMatter.tags == ["1", "true", "null-ish"])
    }

    @Test func absentOptionalFieldsStayEmpty() {
        let (frontMatter, _) = FrontMatterDecoder.decode("title: A", type: .faq, path: "p")
        var expected = FrontMatter()
        expected.title = "A"
        expected.keyPositions = ["title": FilePosition(line: 2, column: 1)]
        #expect(frontMatter == expected)
    }

    @Test func nullListsAreEmpty() {
        let (frontMatter, diagnostics) = FrontMatterDecoder.decode("title: A\ncategories:\nrelated: ~\ntags:", type: .faq, path: "p")
        #expect(diagnostics == [])
        #expect(frontMatter.categories == [])
        #expect(frontMatter.related == [])
        #expect(frontMatter.tags == [])
    }

    @Test func everyProblemIsReportedNotOnlyTheFirst() {
        let yaml = "title: A\naudience: world\ncatgories: [x]\noutcome: maybe"
        let (_, diagnostics) = FrontMatterDecoder.decode(yaml, type: .scripts, path: "content/scripts/s.md")
        #expect(diagnostics.map(\.description) == [
            "content/scripts/s.md:3:11: error: 'audience' must be 'public' or 'internal', not 'world'",
            "content/scripts/s.md:4:1: warning: unknown front-matter key 'catgories'; did you mean 'categories'?",
            "content/scripts/s.md:5:10: error: 'outcome' must be 'grant' or 'deny' or 'inform', not 'maybe'",
        ])
    }
}
