import CasebookCLI
import CasebookCore
import CasebookTestSupport
import Foundation
import Testing
@testable import SiteBuilder

/// The agent's answer on one screen: a policy's limits (with situations), scripts and steps
/// before its text; a script's policy; category pages that lead with the specific policies;
/// the case note. All of it on the staff site only.
@Suite struct AnswerKitTests {
    static let changes: [String: String] = [
        "content/policies/late-fee-waiver.md": """
            ---
            title: Late fee waiver
            summary: When we waive a late fee.
            audience: public
            owner: Billing Team
            effective: 2026-01-15
            categories: [billing-errors]
            related: [faq/what-is-an-exception.md]
            authority:
              - { role: Agent, up_to: "any amount (a correction)", when: "our outage caused the late payment" }
              - { role: Agent, up_to: "$25" }
              - { role: Supervisor, up_to: "$100" }
            steps:
              - Find the invoice.
              - Ask what happened.
            ---
            We waive a fee once a year.
            """,
        "content/policies/approval-workflow.md": """
            ---
            title: Approval workflow
            summary: Who approves what.
            owner: Customer Care
            scope: general
            categories: [billing-errors, loyalty-recognition]
            authority:
              - { role: Agent, up_to: "$20" }
              - { role: Supervisor, up_to: "$200" }
            ---
            Follow the [late fee waiver](late-fee-waiver.md) limits.
            """,
        "content/policies/authority-limits.md": """
            ---
            title: Authority limits
            summary: Every role's limit.
            owner: Customer Care
            scope: general
            categories: [billing-errors]
            authority:
              - { role: Agent, up_to: "$20" }
              - { role: Supervisor, up_to: "$200" }
            ---
            The limits.
            """,
        "content/policies/duplicate-charges.md": """
            ---
            title: Duplicate charges
            summary: Refunding a charge taken twice.
            owner: Billing Team
            categories: [billing-errors]
            ---
            Refund the second charge.
            """,
        "content/scripts/declining-a-waiver.md": """
            ---
            title: Declining a waiver
            summary: Saying no to a waiver.
            outcome: deny
            categories: [billing-errors]
            related: [policies/late-fee-waiver.md]
            ---
            > I'm sorry, [customer name], we can't waive the [fee amount] this time.

            > We can offer a payment plan instead, [customer name].
            """,
        "content/scripts/explaining-fees.md": """
            ---
            title: Explaining fees
            summary: What each fee is for.
            outcome: inform
            categories: [billing-errors]
            ---
            > The fee is added ten days after the due date.
            """,
    ]

    static func withSite(_ body: (TemporaryDirectory) throws -> Void) throws {
        try Fixture.withBuiltSite(changing: changes, body)
    }

    @Test func aPolicyLeadsWithItsLimitsBySituationItsScriptsAndItsSteps() throws {
        try Self.withSite { root in
            let page = Fixture.read(root, "internal/policies/late-fee-waiver/index.html")
            let kit = try #require(page.range(of: "class=\"answer-kit\""))
            let body = try #require(page.range(of: "class=\"page-body\""))
            #expect(kit.upperBound < body.lowerBound)
            // The situation's row first, then the rows that apply otherwise, each measured for the calculator.
            #expect(page.contains("data-situation=\"our outage caused the late payment\" data-unlimited>"
                                  + "<td class=\"authority-situation\">our outage caused the late payment</td><td>Agent</td>"))
            #expect(page.contains("data-situation=\"\" data-amount=\"25\" data-unit=\"$\">"
                                  + "<td class=\"authority-situation\">Otherwise</td><td>Agent</td><td>$25</td>"))
            #expect(page.contains("data-approval-calculator"))
            // Its own limits: the general policies' are not shown as if they applied.
            #expect(!page.contains("$200"))
            // The deny script links here (direct); the inform script only shares the category.
            #expect(page.contains("<li><a href=\"../../scripts/declining-a-waiver/index.html\">Declining a waiver</a></li>"))
            #expect(page.contains("<p class=\"answer-kit-more\"><a href=\"../../scripts/explaining-fees/index.html\">Explaining fees</a></p>"))
            let first = try #require(page.range(of: "<li>Find the invoice.</li>"))
            let second = try #require(page.range(of: "<li>Ask what happened.</li>"))
            #expect(first.lowerBound < second.lowerBound)
        }
    }

    @Test func aPolicyNamesAFewScriptsOfItsScenariosAndLeavesTheRestToItsCategoryPages() throws {
        var many = Self.changes
        for number in 1...9 {
            many["content/scripts/explaining-fee-\(number).md"] = "---\ntitle: Explaining fee \(number)\noutcome: inform\n"
                + "categories: [billing-errors]\n---\n> Fee \(number).\n"
        }
        try Fixture.withBuiltSite(changing: many) { root in
            let page = Fixture.read(root, "internal/policies/late-fee-waiver/index.html")
            let line = try #require(page.split(separator: "\n").first { $0.hasPrefix("<p class=\"answer-kit-more\">") && $0.contains("Explaining") })
            // Six, by title: "Explaining fee 1" ... "Explaining fee 6"; the category page lists all ten.
            #expect(line.components(separatedBy: "<a href=").count - 1 == PageContexts.sameScenarioLimit)
            #expect(line.contains(">Explaining fee 6</a>") && !line.contains(">Explaining fees</a>"))
            let category = Fixture.read(root, "internal/categories/billing-errors/index.html")
            #expect(category.contains(">Explaining fee 9</a>") && category.contains(">Explaining fees</a>"))
        }
    }

    @Test func aPolicyWithoutLimitsShowsTheGeneralOnesItFallsUnder() throws {
        try Self.withSite { root in
            let page = Fixture.read(root, "internal/policies/duplicate-charges/index.html")
            #expect(page.contains("This policy sets no limits of its own"))
            #expect(page.contains("From <a href=\"../../policies/approval-workflow/index.html\">Approval workflow</a>"))
            #expect(page.contains("<td>Supervisor</td><td>$200</td>"))
        }
    }

    @Test func aScriptShowsThePolicyItCarriesOutWithItsLimitsAndACaseNote() throws {
        try Self.withSite { root in
            let page = Fixture.read(root, "internal/scripts/declining-a-waiver/index.html")
            #expect(page.contains("The policy this script carries out"))
            #expect(page.contains("<span class=\"script-policy-title\"><a href=\"../../policies/late-fee-waiver/index.html\">Late fee waiver</a></span>"))
            #expect(page.contains("<td>Supervisor</td><td>$100</td>"))
            #expect(page.contains("data-new-case"))
            // The case note names the policy, its effective date and its version (git's blob id).
            let note = try #require(page.firstMatch(of: /data-note-policy="Policy: Late fee waiver, effective 2026-01-15, version ([0-9a-f]{10})"/))
            let source = try Data(contentsOf: root.url.appendingPathComponent("content/policies/late-fee-waiver.md"))
            #expect(GitBlobHash.of([UInt8](source)).hasPrefix(String(note.1)))
        }
    }

    @Test func categoryPagesLeadWithTheSpecificPoliciesAndShowGeneralLimitsOnce() throws {
        try Self.withSite { root in
            let page = Fixture.read(root, "internal/categories/billing-errors/index.html")
            let specific = try #require(page.range(of: ">Late fee waiver</a>"))
            let general = try #require(page.range(of: "<details class=\"decision-step decision-general\">"))
            let workflow = try #require(page.range(of: ">Approval workflow</a>"))
            #expect(specific.lowerBound < general.lowerBound && general.lowerBound < workflow.lowerBound)
            // Two general policies with one list of limits: the list once, naming both.
            #expect(page.components(separatedBy: "<td>Supervisor</td><td>$200</td>").count == 2)
            #expect(page.contains("Limits from <a href=\"../../policies/approval-workflow/index.html\">Approval workflow</a> and "
                                  + "<a href=\"../../policies/authority-limits/index.html\">Authority limits</a>"))
            // The specific policy's situational row is shown with its situation.
            #expect(page.contains("up to any amount (a correction) <span class=\"authority-when\">when our outage caused the late payment</span>"))
        }
    }

    @Test func theAuthorityPageMarksGeneralLimitsASpecificPolicyOverrides() throws {
        try Self.withSite { root in
            let page = Fixture.read(root, "internal/authority/index.html")
            #expect(page.contains("limit-overridden"))
            #expect(page.contains("overridden here by <a href=\"../policies/late-fee-waiver/index.html\">Late fee waiver</a>"))
            #expect(!page.contains("class=\"conflict\""))
            #expect(page.contains("<select data-calculator-row>"))
        }
    }

    @Test func checkReportsConflictsOnlyBetweenEquallySpecificLimits() throws {
        let root = try Fixture.make(Self.changes)
        defer { root.remove() }
        #expect(!Fixture.check(root).standardError.joined().contains("authority conflict"))
        let conflicting = try Fixture.make(Self.changes.merging([
            "content/policies/duplicate-charges.md": """
                ---
                title: Duplicate charges
                owner: Billing Team
                categories: [billing-errors]
                authority:
                  - { role: Supervisor, up_to: "$150" }
                ---
                Refund the second charge.
                """,
        ]) { $1 })
        defer { conflicting.remove() }
        let output = Fixture.check(conflicting).standardError.joined(separator: "\n")
        #expect(output.contains("authority conflict in category 'billing-errors': 'Supervisor' may grant up to $150 here, "
                                + "but up to $100 in policies/late-fee-waiver.md"))
        #expect(!output.contains("$200 in"))
    }

    @Test func thePublicSiteShowsNoneOfIt() throws {
        try Self.withSite { root in
            let site = Fixture.snapshot(root.url.appendingPathComponent("site/public"))
            for (path, data) in site where path.hasSuffix(".html") {
                let text = String(decoding: data, as: UTF8.self)
                for marker in ["answer-kit", "case-note", "data-authority-table", "decision-general", "Find the invoice",
                               "our outage caused", "script-policies"] {
                    #expect(!text.contains(marker), "public/\(path) shows \(marker)")
                }
            }
        }
    }
}
