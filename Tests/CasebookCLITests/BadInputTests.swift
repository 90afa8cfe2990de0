import CasebookCLI
import CasebookTestSupport
import Foundation
import Testing

/// Bad content: the exact diagnostic, exit status 1, and the previous site left byte for byte.
@Suite struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var changes: [String: String]
        var diagnostic: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "unknown category",
             changes: ["content/faq/what-is-an-exception.md": """
                ---
                title: What is an exception?
                categories: [biling-errors]
                ---
                Text.
                """],
             diagnostic: "content/faq/what-is-an-exception.md:3:14: error: unknown category 'biling-errors'; did you mean 'billing-errors'?"),
        Case(name: "file name that is not an id",
             changes: ["content/policies/Late-Fee.md": "---\ntitle: Late\nowner: Team\n---\nText.\n"],
             diagnostic: "content/policies/Late-Fee.md:1:1: error: file name 'Late-Fee.md' is not a valid page id: use lowercase letters, digits and hyphens, starting with a letter or digit (e.g. 'late-fee.md')"),
        Case(name: "link to a missing page",
             changes: ["content/faq/what-is-an-exception.md": """
                ---
                title: What is an exception?
                ---
                See the [refund policy](../policies/refunds.md).
                """],
             diagnostic: "content/faq/what-is-an-exception.md:4:9: error: link to '../policies/refunds.md': no page content/policies/refunds.md"),
        Case(name: "public page linking to an internal page",
             changes: ["content/faq/what-is-an-exception.md": """
                ---
                title: What is an exception?
                ---
                Intro.

                - Ask a [supervisor](../policies/approval-workflow.md).
                """],
             diagnostic: "content/faq/what-is-an-exception.md:6:9: error: public page links to internal page 'policies/approval-workflow.md': make the target public, or move the link into a [!INTERNAL] callout"),
        Case(name: "unclosed front matter",
             changes: ["content/faq/what-is-an-exception.md": "---\ntitle: What?\n\nNo closing line.\n"],
             diagnostic: "content/faq/what-is-an-exception.md:1:1: error: front matter is not closed: add a line '---' after the last key"),
        Case(name: "invalid YAML",
             changes: ["content/faq/what-is-an-exception.md": "---\ntitle: What?\nsummary: [unclosed\n---\nText.\n"],
             diagnostic: "content/faq/what-is-an-exception.md:4:1: error: invalid YAML: did not find expected ',' or ']'"),
        Case(name: "wrong type",
             changes: ["content/categories/billing-errors.md": "---\ntitle: Billing errors\norder: first\n---\nText.\n"],
             diagnostic: "content/categories/billing-errors.md:3:8: error: 'order' must be a whole number, not 'first'"),
        Case(name: "missing title",
             changes: ["content/faq/what-is-an-exception.md": "---\nsummary: No title here.\n---\nText.\n"],
             diagnostic: "content/faq/what-is-an-exception.md:1:1: error: missing 'title': every page needs one"),
        Case(name: "policy without owner",
             changes: ["content/policies/approval-workflow.md": "---\ntitle: Approval workflow\n---\nText.\n"],
             diagnostic: "content/policies/approval-workflow.md:1:1: error: missing 'owner': a policy names the team or role accountable for it (add 'owner:' or a CODEOWNERS rule for this file)"),
        Case(name: "related names nothing",
             changes: ["content/scripts/granting-an-exception.md": """
                ---
                title: Granting an exception
                related:
                  - scripts/denying.md
                ---
                Text.
                """],
             diagnostic: "content/scripts/granting-an-exception.md:4:5: error: 'related' names 'scripts/denying.md', which is not a page (write it relative to content/, e.g. 'scripts/granting-an-exception.md')"),
        Case(name: "misspelt INTERNAL marker",
             changes: ["content/faq/what-is-an-exception.md": """
                ---
                title: What is an exception?
                ---
                Intro.

                > [!INTRENAL]
                > Agents may waive $25.
                """],
             diagnostic: "content/faq/what-is-an-exception.md:6:1: error: unknown callout '[!INTRENAL]': use one of NOTE, TIP, IMPORTANT, WARNING, CAUTION, INTERNAL; did you mean '[!INTERNAL]'? (the quote is kept off the public site)"),
        Case(name: "misspelt audience on a page whose type defaults to public",
             changes: ["content/faq/what-is-an-exception.md": """
                ---
                title: What is an exception?
                audiance: internal
                ---
                Staff only.
                """],
             diagnostic: "content/faq/what-is-an-exception.md:3:1: error: unknown front-matter key 'audiance'; did you mean 'audience'? (a misspelt audience is an error: the page would get the default audience)"),
    ]

    @Test(arguments: cases)
    func badInputIsReportedAndThePreviousSiteStays(_ badCase: Case) throws {
        let root = try Fixture.make()
        defer { root.remove() }
        #expect(Fixture.build(root).status == .success)
        let before = Fixture.snapshot(root.url.appendingPathComponent("site"))

        try root.write(badCase.changes)
        let outcome = Fixture.build(root)
        #expect(outcome.status == .contentErrors)
        #expect(outcome.standardError.contains(badCase.diagnostic), "got: \(outcome.standardError)")
        #expect(Fixture.snapshot(root.url.appendingPathComponent("site")) == before)
    }

    @Test func invalidUTF8IsReportedWhereItStarts() throws {
        let root = try Fixture.make()
        defer { root.remove() }
        var bytes = Array("---\ntitle: Caf".utf8)
        bytes += [0xC3, 0x28]
        bytes += Array("\n---\nText.\n".utf8)
        try root.write(Data(bytes), to: "content/faq/what-is-an-exception.md")
        let outcome = Fixture.build(root)
        #expect(outcome.status == .contentErrors)
        #expect(outcome.standardError.contains(
            "content/faq/what-is-an-exception.md:2:11: error: the file is not valid UTF-8: save it as UTF-8"))
    }

    @Test func everyErrorIsReportedInOneRunWithACount() throws {
        let root = try Fixture.make([
            "content/faq/one.md": "---\ntitle: One\ncategories: [nope]\n---\n",
            "content/faq/two.md": "---\ntitle: Two\n---\n[x](missing.md)\n",
            "content/faq/three.md": "no front matter\n",
            "content/faq/four.md": "---\ntitle: Four\ncatgories: [billing-errors]\n---\n",
        ])
        defer { root.remove() }
        let outcome = Fixture.build(root)
        #expect(outcome.status == .contentErrors)
        #expect(outcome.standardError == [
            "content/faq/four.md:3:1: warning: unknown front-matter key 'catgories'; did you mean 'categories'?",
            "content/faq/one.md:3:14: error: unknown category 'nope'",
            "content/faq/three.md:1:1: error: no front matter: the first line must be '---'",
            "content/faq/two.md:4:1: error: link to 'missing.md': no page content/faq/missing.md",
            "3 errors, 1 warning",
            "build failed; \(root.url.appendingPathComponent("site").path) was left as it was",
        ])
        #expect(!FileManager.default.fileExists(atPath: root.url.appendingPathComponent("site").path))
    }
}
