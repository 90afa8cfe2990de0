import CasebookCLI
import CasebookTestSupport
import Foundation
import Testing

/// The staff pages issue 4 adds, checked in the built output: governance, the authority
/// matrix, category decision pages, script forms, and owners taken from CODEOWNERS.
@Suite struct GovernancePagesTests {
    static let dueSoonPolicy = """
        ---
        title: Refund timing
        summary: How fast refunds go out.
        owner: Payments
        review_by: 2026-06-20
        categories: [billing-errors]
        authority:
          - { role: Agent, up_to: "$40" }
        ---
        Body.
        """

    static let denyScript = """
        ---
        title: Declining an exception
        summary: What to say when you decline.
        outcome: deny
        categories: [loyalty-recognition]
        related: [scripts/granting-an-exception.md]
        ---
        > I am sorry, [customer name].
        """

    static func built(_ changes: [String: String], _ body: (TemporaryDirectory) throws -> Void) throws {
        let root = try Fixture.make(changes)
        defer { root.remove() }
        let outcome = Fixture.build(root)
        #expect(outcome.status == .success, "\(outcome.standardError)")
        try body(root)
    }

    /// Where each string first appears in `text`, in the order given; fails if one is missing or out of order.
    static func expectInOrder(_ text: String, _ parts: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        var position = text.startIndex
        for part in parts {
            guard let range = text.range(of: part, range: position..<text.endIndex) else {
                Issue.record("'\(part)' is missing or out of order", sourceLocation: sourceLocation)
                return
            }
            position = range.upperBound
        }
    }

    @Test func governanceListsOverdueFirstWithCountsAndAFilter() throws {
        try Self.built(["content/policies/refund-timing.md": Self.dueSoonPolicy]) { root in
            let page = Fixture.read(root, "internal/governance/index.html")
            Self.expectInOrder(page, [
                "<h1>Policy governance</h1>",
                "<form class=\"table-filter\" data-filter-table=\"governance-table\" hidden>",
                "<option value=\"Billing Team\">Billing Team</option>",
                "<tr data-owner=\"Billing Team\" data-status=\"overdue\">", ">Late fee waiver</a>",
                "<time datetime=\"2026-03-01\">", "Overdue for review",
                "<tr data-owner=\"Payments\" data-status=\"due-soon\">", ">Refund timing</a>", "Review due soon",
                "<tr data-owner=\"Customer Care\" data-status=\"current\">", ">Approval workflow</a>",
            ])
            #expect(page.contains("<tr><th scope=\"row\">Billing Team</th><td>1</td><td>1</td><td>0</td></tr>"))
            #expect(page.contains("<tr><th scope=\"row\">Payments</th><td>1</td><td>0</td><td>1</td></tr>"))
            #expect(Fixture.read(root, "internal/index.html").contains("href=\"governance/index.html\""))
            #expect(!Fixture.read(root, "public/index.html").contains("governance"))
        }
    }

    @Test func theAuthorityMatrixJoinsEveryPolicy() throws {
        try Self.built(["content/policies/refund-timing.md": Self.dueSoonPolicy]) { root in
            let page = Fixture.read(root, "internal/authority/index.html")
            Self.expectInOrder(page, [
                "<th scope=\"col\">Agent</th><th scope=\"col\">Supervisor</th>",
                "<a href=\"../categories/billing-errors/index.html\">Billing errors</a>",
                "<td class=\"conflict\">", "Conflict",
                "$25", "../policies/late-fee-waiver/index.html",
                "$40", "../policies/refund-timing/index.html",
                "$100",
            ])
            #expect(page.contains("1 conflict:"))
            #expect(!page.contains("Loyalty recognition"), "a category without grants has no row")
        }
    }

    @Test func aCategoryReadsAsADecisionPage() throws {
        try Self.built(["content/scripts/declining-an-exception.md": Self.denyScript]) { root in
            let staff = Fixture.read(root, "internal/categories/loyalty-recognition/index.html")
            // The lists an agent needs first; the category's own text and the questions to ask after them.
            Self.expectInOrder(staff, [
                "Policies that apply", ">Approval workflow</a>",
                "What to say", "Granting the request", ">Granting an exception</a>",
                "Declining, with an alternative", ">Declining an exception</a>",
                "About this scenario", "Rewards.", "Before you decide", "What happened?", "What are the alternatives?",
            ])
            let billing = Fixture.read(root, "internal/categories/billing-errors/index.html")
            Self.expectInOrder(billing, [
                "Policies that apply", ">Late fee waiver</a>",
                "<dt>Agent</dt><dd>up to $25</dd>", "What the customer may have read", ">What is an exception?</a>",
                "Before you decide",
            ])
            let customers = Fixture.read(root, "public/categories/billing-errors/index.html")
            Self.expectInOrder(customers, ["<h2 id=\"decision-policies\">Policies</h2>", ">Late fee waiver</a>",
                                           "Frequently asked questions", ">What is an exception?</a>"])
            #expect(customers.contains("Mistakes on a bill."))
            for staffOnly in ["Before you decide", "What to say", "up to $25", "Approval workflow", "About this scenario"] {
                #expect(!customers.contains(staffOnly), "public category page shows '\(staffOnly)'")
            }
        }
    }

    @Test func scriptsHaveOneFormForTheirFieldsAndLinkToTheirCounterpart() throws {
        try Self.built([
            "content/scripts/declining-an-exception.md": Self.denyScript,
            "content/scripts/granting-an-exception.md": Fixture.files["content/scripts/granting-an-exception.md"]!
                .replacingOccurrences(of: "related: [policies/approval-workflow.md]",
                                      with: "related: [policies/approval-workflow.md, scripts/declining-an-exception.md]"),
        ]) { root in
            let grant = Fixture.read(root, "internal/scripts/granting-an-exception/index.html")
            Self.expectInOrder(grant, [
                "Saying no instead? <a href=\"../../scripts/declining-an-exception/index.html\">Declining an exception</a>",
                "<form class=\"fill-in-form\"",
                "<input type=\"text\" class=\"fill-in\" data-field=\"customer name\">",
                "<input type=\"text\" class=\"fill-in\" data-field=\"fee name\">",
                "</form>", "data-script",
                "data-field=\"customer name\" aria-label=\"customer name\"",
            ])
            let deny = Fixture.read(root, "internal/scripts/declining-an-exception/index.html")
            #expect(deny.contains("Saying yes instead? <a href=\"../../scripts/granting-an-exception/index.html\">"))
        }
    }

    @Test func aPolicyWithoutAnOwnerTakesItFromCodeOwners() throws {
        let withoutOwner = Fixture.files["content/policies/approval-workflow.md"]!
            .replacingOccurrences(of: "owner: Customer Care\n", with: "")
        try Self.built([
            "content/policies/approval-workflow.md": withoutOwner,
            ".github/CODEOWNERS": "# policy owners\n*.md @northwind/writers\ncontent/policies/ @northwind/care-ops\n",
        ]) { root in
            let policy = Fixture.read(root, "internal/policies/approval-workflow/index.html")
            #expect(policy.contains("<dd>@northwind/care-ops <span class=\"fact-source\">(from .github/CODEOWNERS, line 3)</span></dd>"))
            // The front matter's owner wins over CODEOWNERS.
            #expect(Fixture.read(root, "internal/policies/late-fee-waiver/index.html").contains("<dd>Billing Team</dd>"))
            #expect(Fixture.read(root, "internal/governance/index.html").contains("data-owner=\"@northwind/care-ops\""))
        }
    }

    @Test func aPolicyWithNeitherOwnerNorCodeOwnersRuleIsAnError() throws {
        let withoutOwner = Fixture.files["content/policies/approval-workflow.md"]!
            .replacingOccurrences(of: "owner: Customer Care\n", with: "")
        let root = try Fixture.make(["content/policies/approval-workflow.md": withoutOwner,
                                     "CODEOWNERS": "content/faq/ @northwind/writers\n"])
        defer { root.remove() }
        let outcome = Fixture.build(root)
        #expect(outcome.status == .contentErrors)
        #expect(outcome.standardError.first == "content/policies/approval-workflow.md:1:1: error: missing 'owner': a policy "
            + "names the team or role accountable for it (add 'owner:' or a rule for this file in CODEOWNERS)")
    }
}
