import CasebookCore
import Foundation

/// A small content repository for end-to-end tests.
public enum Fixture {
    /// The day the fixture is built on.
    public static let today = CalendarDay(year: 2026, month: 6, day: 1)

    /// Two public categories, one internal policy with authority, one public policy, a public
    /// FAQ entry and an internal script with placeholders, cross-linked.
    public static let files: [String: String] = [
        "casebook.yml": """
            title: Test Co.
            public:
              title: Test Co. Help
              base_url: https://help.test.example
            defaults:
              faq: { audience: public }
              categories: { audience: public }
            """,
        "content/categories/billing-errors.md": """
            ---
            title: Billing errors
            summary: When we charged the wrong amount.
            order: 1
            ---
            Mistakes on a bill.
            """,
        "content/categories/loyalty-recognition.md": """
            ---
            title: Loyalty recognition
            summary: Thanking long-standing customers.
            order: 2
            ---
            Rewards.
            """,
        "content/policies/late-fee-waiver.md": """
            ---
            title: Late fee waiver
            summary: When we waive a late fee.
            audience: public
            owner: Billing Team
            effective: 2026-01-15
            review_by: 2026-03-01
            categories: [billing-errors]
            related: [faq/what-is-an-exception.md]
            authority:
              - { role: Agent, up_to: "$25" }
              - { role: Supervisor, up_to: "$100" }
            ---
            We waive a fee once a year. See [what an exception is](../faq/what-is-an-exception.md#how-to-ask).

            ## Limits

            At most one waiver per year.
            """,
        "content/policies/approval-workflow.md": """
            ---
            title: Approval workflow
            summary: Who approves what.
            owner: Customer Care
            review_by: 2027-01-01
            categories: [billing-errors, loyalty-recognition]
            ---
            Follow the [late fee waiver](late-fee-waiver.md#limits) limits.

            | Step | Who |
            |---|---|
            | Ask | Agent |
            """,
        "content/faq/what-is-an-exception.md": """
            ---
            title: What is an exception?
            summary: A one-time departure from policy.
            categories: [billing-errors]
            ---
            An exception is a one-time courtesy. Read the [late fee waiver](../policies/late-fee-waiver.md).

            ## How to ask

            Call us.
            """,
        "content/scripts/granting-an-exception.md": """
            ---
            title: Granting an exception
            summary: What to say when you grant.
            outcome: grant
            categories: [loyalty-recognition]
            related: [policies/approval-workflow.md]
            ---
            Check the [approval workflow](../policies/approval-workflow.md) first.

            > Thank you, [customer name]. I have waived [fee name] for you.
            """,
    ]

    /// The fixture's `casebook.yml` with `lines` added at its end (more top-level keys).
    public static func configuration(adding lines: String) -> String {
        (files["casebook.yml"] ?? "") + "\n" + lines + "\n"
    }

    /// Writes the fixture (with `changes` applied; an empty string removes a file) to a new folder.
    public static func make(_ changes: [String: String] = [:]) throws -> TemporaryDirectory {
        var tree = files
        for (path, contents) in changes { tree[path] = contents.isEmpty ? nil : contents }
        return try TemporaryDirectory(tree)
    }

    /// Every file under a folder, by relative path, with its bytes.
    public static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return files }
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = FileManager.default.contents(atPath: url.path)
            }
        }
        return files
    }
}
