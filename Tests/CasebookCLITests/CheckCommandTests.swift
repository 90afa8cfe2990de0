import CasebookCLI
import CasebookTestSupport
import Foundation
import Testing

/// `casebook check` as the writers' linter: one fixture and the exact diagnostic per rule.
@Suite struct CheckCommandTests {
    /// The fixture's one finding: its late fee waiver was due for review on 2026-03-01.
    static let overdue = "content/policies/late-fee-waiver.md:7:1: warning: overdue for review: "
        + "'review_by' 2026-03-01 has passed (owner: Billing Team)"

    static func diagnostics(_ changes: [String: String], strict: Bool = false) throws -> [String] {
        let root = try Fixture.make(changes)
        defer { root.remove() }
        return Fixture.check(root, strict: strict).standardError.filter { $0.contains(": ") && $0.hasPrefix("content") }
    }

    struct Rule: CustomTestStringConvertible, Sendable {
        var name: String
        var changes: [String: String]
        var expected: [String]
        var testDescription: String { name }
    }

    static let rules: [Rule] = [
        Rule(name: "review due soon is a note", changes: [
            "content/policies/approval-workflow.md": """
                ---
                title: Approval workflow
                summary: Who approves what.
                owner: Customer Care
                review_by: 2026-06-15
                categories: [billing-errors]
                ---
                Body.
                """,
        ], expected: [
            "content/policies/approval-workflow.md:5:1: note: review due in 14 days, on 2026-06-15 (owner: Customer Care)",
        ]),
        Rule(name: "page without a summary", changes: [
            "content/faq/no-summary.md": "---\ntitle: No summary\ncategories: [billing-errors]\n---\nBody.\n",
        ], expected: [
            "content/faq/no-summary.md:1:1: warning: no 'summary': lists, search results and the page description "
                + "have nothing to show for it",
        ]),
        Rule(name: "orphan page", changes: [
            "content/faq/orphan.md": "---\ntitle: Orphan\nsummary: Nobody links here.\n---\nBody.\n",
            // A page without categories that another page links to is not an orphan.
            "content/faq/linked.md": "---\ntitle: Linked\nsummary: Linked from an orphan.\n---\nBody.\n",
            "content/faq/linker.md": "---\ntitle: Linker\nsummary: s\ncategories: [billing-errors]\n---\nSee [linked](linked.md).\n",
        ], expected: [
            "content/faq/orphan.md:1:1: warning: orphan page: it has no 'categories' and no page links to it, "
                + "so readers can only find it in lists",
        ]),
        Rule(name: "unknown key", changes: [
            "content/faq/typo.md": "---\ntitle: Typo\nsummary: s\ncategories: [billing-errors]\nsumary: x\n---\nBody.\n",
        ], expected: [
            "content/faq/typo.md:5:1: warning: unknown front-matter key 'sumary'; did you mean 'summary'?",
        ]),
        Rule(name: "fragment naming no heading", changes: [
            "content/faq/fragment.md": """
                ---
                title: Fragment
                summary: s
                categories: [billing-errors]
                ---
                Read the [limits](../policies/late-fee-waiver.md#limit).
                """,
        ], expected: [
            "content/faq/fragment.md:6:10: warning: link to '../policies/late-fee-waiver.md#limit': no heading 'limit'; "
                + "did you mean 'limits'?",
        ]),
        Rule(name: "grant script whose deny script does not name it back", changes: [
            "content/scripts/granting-an-exception.md": """
                ---
                title: Granting an exception
                summary: What to say when you grant.
                outcome: grant
                categories: [loyalty-recognition]
                related: [scripts/declining.md]
                ---
                > Thank you, [customer name].
                """,
            "content/scripts/declining.md": """
                ---
                title: Declining
                summary: What to say when you decline.
                outcome: deny
                categories: [loyalty-recognition]
                ---
                > I am sorry, [customer name].
                """,
        ], expected: [
            "content/scripts/declining.md:1:1: warning: 'related' does not name 'scripts/granting-an-exception.md', "
                + "which names this page: a grant script and its deny script should list each other",
        ]),
        Rule(name: "two policies give one role different limits in one category", changes: [
            "content/policies/goodwill-credit.md": """
                ---
                title: Goodwill credit
                summary: Credits for a bad experience.
                owner: Customer Care
                categories: [billing-errors]
                authority:
                  - role: Agent
                    up_to: $50
                  - { role: Supervisor, up_to: 30 days }
                ---
                Body.
                """,
        ], expected: [
            "content/policies/goodwill-credit.md:7:11: warning: authority conflict in category 'billing-errors': "
                + "'Agent' may grant up to $50 here, but up to $25 in policies/late-fee-waiver.md",
            "content/policies/late-fee-waiver.md:11:13: warning: authority conflict in category 'billing-errors': "
                + "'Agent' may grant up to $25 here, but up to $50 in policies/goodwill-credit.md",
        ]),
    ]

    @Test(arguments: rules) func eachRuleHasItsDiagnostic(_ rule: Rule) throws {
        let found = try Self.diagnostics(rule.changes).filter { $0 != Self.overdue }
        #expect(found == rule.expected)
    }

    @Test func anOverdueReviewIsAWarningAndTheOutputIsGroupedByFile() throws {
        let root = try Fixture.make(["content/faq/no-summary.md": "---\ntitle: No summary\ncategories: [billing-errors]\n---\n"])
        defer { root.remove() }
        let outcome = Fixture.check(root)
        #expect(outcome.status == .success)
        #expect(outcome.standardError == [
            "content/faq/no-summary.md:1:1: warning: no 'summary': lists, search results and the page description "
                + "have nothing to show for it",
            "",
            Self.overdue,
            "",
            "0 errors, 2 warnings in 2 files",
        ])
        #expect(outcome.standardOutput == ["Checked 7 pages: 0 errors, 2 warnings"])
    }

    @Test func strictMakesWarningsErrorsButNotNotes() throws {
        let root = try Fixture.make(["content/policies/approval-workflow.md": """
            ---
            title: Approval workflow
            summary: Who approves what.
            owner: Customer Care
            review_by: 2026-06-01
            categories: [billing-errors]
            ---
            Body.
            """])
        defer { root.remove() }
        let outcome = Fixture.check(root, strict: true)
        #expect(outcome.status == .contentErrors)
        #expect(outcome.standardError == [
            "content/policies/approval-workflow.md:5:1: note: review due today, on 2026-06-01 (owner: Customer Care)",
            "",
            Self.overdue.replacingOccurrences(of: ": warning: ", with: ": error: "),
            "",
            "1 error, 0 warnings, 1 note in 2 files",
        ])
        #expect(outcome.standardOutput.isEmpty)
    }

    @Test func strictPassesCleanContent() throws {
        let root = try Fixture.make(["content/policies/late-fee-waiver.md": Fixture.files["content/policies/late-fee-waiver.md"]!
            .replacingOccurrences(of: "review_by: 2026-03-01", with: "review_by: 2027-03-01")])
        defer { root.remove() }
        let outcome = Fixture.check(root, strict: true)
        #expect(outcome.status == .success)
        #expect(outcome.standardError.isEmpty)
        #expect(outcome.standardOutput == ["Checked 6 pages: 0 errors, 0 warnings"])
    }

    /// The JSON report as a tool reads it.
    struct Report: Decodable {
        struct Entry: Decodable {
            var path: String
            var line: Int
            var column: Int
            var severity: String
            var rule: String?
            var message: String
        }

        var diagnostics: [Entry]
        var errors: Int
        var warnings: Int
        var notes: Int
        var pages: Int?
    }

    /// The JSON report of a `check --format json`.
    static func report(_ outcome: CommandOutcome) throws -> Report {
        try JSONDecoder().decode(Report.self, from: Data(outcome.standardOutput.joined(separator: "\n").utf8))
    }

    @Test func jsonOutputDecodes() throws {
        let root = try Fixture.make(["content/faq/typo.md": "---\ntitle: Typo\ncategories: [billing-errors]\nsumary: x\n---\n"])
        defer { root.remove() }
        let outcome = Fixture.check(root, format: .json)
        #expect(outcome.status == .success)
        #expect(outcome.standardError.isEmpty)
        let report = try JSONDecoder().decode(Report.self, from: Data(outcome.standardOutput.joined(separator: "\n").utf8))
        #expect(report.errors == 0)
        #expect(report.warnings == 3)
        #expect(report.notes == 0)
        #expect(report.pages == 7)
        #expect(report.diagnostics.map(\.path) == ["content/faq/typo.md", "content/faq/typo.md", "content/policies/late-fee-waiver.md"])
        let overdue = try #require(report.diagnostics.last)
        #expect((overdue.line, overdue.column, overdue.severity, overdue.rule) == (7, 1, "warning", "review-overdue"))
        #expect(overdue.message == "overdue for review: 'review_by' 2026-03-01 has passed (owner: Billing Team)")
        #expect(report.diagnostics.map(\.rule) == ["missing-summary", nil, "review-overdue"])
    }

    @Test func jsonOutputOfStrictErrorsExitsWithOne() throws {
        let root = try Fixture.make()
        defer { root.remove() }
        let outcome = Fixture.check(root, strict: true, format: .json)
        #expect(outcome.status == .contentErrors)
        let report = try JSONDecoder().decode(Report.self, from: Data(outcome.standardOutput.joined().utf8))
        #expect(report.errors == 1)
        #expect(report.diagnostics.first?.severity == "error")
    }

    @Test func checkOptionsParse() throws {
        #expect(throws: Never.self) { try CasebookCommand.parseAsRoot(["check", "--strict", "--format", "json"]) }
        #expect(throws: (any Error).self) { try CasebookCommand.parseAsRoot(["check", "--format", "xml"]) }
    }
}
