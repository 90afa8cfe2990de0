import CasebookCore
import CasebookTestSupport
import Foundation
import Testing

/// The handbook, checked in the built output: every policy by category with a table of
/// contents on the staff site, with owner, effective date, version and limits; the public
/// policies and FAQ entries on the public site; and one in each language's site.
@Suite struct HandbookTests {
    /// The fixture with a policy listed first under the second category and also under the
    /// first, and a policy with no category; the public one has a footnote and a link to its
    /// own heading, whose ids the handbook must keep apart from the other pages'.
    static let changes: [String: String] = [
        "content/policies/loyalty-credit.md": """
            ---
            title: Loyalty credit
            summary: A credit for long-standing customers.
            audience: public
            owner: Loyalty Team
            effective: 2025-09-01
            categories: [loyalty-recognition, billing-errors]
            ---
            We thank customers of five years with a credit.[^years] See [the limits](#limits).

            ## Limits

            One credit a year.

            [^years]: Counted from the first order.
            """,
        "content/policies/record-keeping.md": """
            ---
            title: Record keeping
            summary: How long we keep case notes.
            owner: Compliance
            ---
            Keep every case note for seven years.
            """,
    ]

    static func built(_ extra: [String: String] = [:], _ body: (TemporaryDirectory) throws -> Void) throws {
        try Fixture.withBuiltSite(changing: changes.merging(extra) { $1 }, body)
    }

    @Test func theStaffHandbookHasEveryPolicyByCategoryAfterItsContents() throws {
        try Self.built { root in
            let page = Fixture.read(root, "internal/handbook/index.html")
            GovernancePagesTests.expectInOrder(page, [
                "<h1>Handbook</h1>", "4 policies",
                // The contents: each category with the policies printed under it.
                "<h2 id=\"handbook-toc-title\">Contents</h2>",
                "<a href=\"#categories-billing-errors\">Billing errors</a>",
                "<a href=\"#policies-approval-workflow\">Approval workflow</a>",
                "<a href=\"#policies-late-fee-waiver\">Late fee waiver</a>",
                "<a href=\"#categories-loyalty-recognition\">Loyalty recognition</a>",
                "<a href=\"#policies-loyalty-credit\">Loyalty credit</a>",
                "<a href=\"#handbook-other\">Other</a>",
                "<a href=\"#policies-record-keeping\">Record keeping</a>",
                "</nav>",
                // The sections in the same order; a policy of two categories stands under its
                // first and is named under the other.
                "id=\"categories-billing-errors\">Billing errors</h2>",
                "Also for this scenario, printed under another:", "<a href=\"#policies-loyalty-credit\">Loyalty credit</a>",
                "id=\"policies-approval-workflow\">Approval workflow</h3>",
                "id=\"policies-late-fee-waiver\">Late fee waiver</h3>",
                "id=\"categories-loyalty-recognition\">Loyalty recognition</h2>",
                "id=\"policies-loyalty-credit\">Loyalty credit</h3>",
                "id=\"handbook-other\">Other</h2>",
                "id=\"policies-record-keeping\">Record keeping</h3>", "Keep every case note for seven years.",
            ])
            for policy in ["approval-workflow", "late-fee-waiver", "loyalty-credit", "record-keeping"] {
                #expect(page.components(separatedBy: "<article class=\"handbook-entry\" aria-labelledby=\"policies-\(policy)\"").count == 2,
                        "\(policy) stands in the handbook once")
            }
            #expect(!page.contains("What is an exception?"), "the staff handbook holds policies only")
        }
    }

    @Test func eachStaffPolicyShowsItsOwnerEffectiveDateVersionAndLimits() throws {
        try Self.built { root in
            let page = Fixture.read(root, "internal/handbook/index.html")
            let waiver = try #require(Self.section(of: "policies-late-fee-waiver", in: page))
            let version = GitBlobHash.of(Array(Fixture.files["content/policies/late-fee-waiver.md"]!.utf8))
            GovernancePagesTests.expectInOrder(waiver, [
                "<dt>Owner</dt><dd>Billing Team</dd>",
                "<dt>Effective</dt><dd><time datetime=\"2026-01-15\">15 January 2026</time></dd>",
                "<dt>Version</dt><dd><code title=\"git cat-file -p \(version)\">\(version.prefix(10))</code></dd>",
                "<dt>Review by</dt>",
                "<caption>Who may approve exceptions</caption>",
                "<td>Agent</td><td>$25</td>", "<td>Supervisor</td><td>$100</td>",
                "We waive a fee once a year.",
            ])
            let credit = try #require(Self.section(of: "policies-loyalty-credit", in: page))
            #expect(credit.contains("This policy sets no approval limits of its own."))
            #expect(credit.contains("<dt>Owner</dt><dd>Loyalty Team</dd>"))
        }
    }

    /// Every link to a place in the handbook finds it, and no id is written twice although
    /// two pages have a heading "Limits" and a footnote 1.
    @Test func everyFragmentResolvesAndNoIdRepeats() throws {
        try Self.built(["content/policies/late-fee-waiver.md": Fixture.files["content/policies/late-fee-waiver.md"]!
            .replacingOccurrences(of: "At most one waiver per year.", with: "At most one waiver per year.[^one]\n\n[^one]: A calendar year.")]) { root in
            for site in ["internal", "public"] {
                let page = Fixture.read(root, "\(site)/handbook/index.html")
                let ids = Self.matches(of: #" id="([^"]+)""#, in: page)
                #expect(Set(ids).count == ids.count, "\(site): ids written twice: \(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
                let fragments = Self.matches(of: ##"href="#([^"]+)""##, in: page)
                #expect(fragments.count > 10)
                for fragment in fragments {
                    #expect(ids.contains(fragment), "\(site): #\(fragment) leads nowhere")
                }
                // A link to its own heading, and one to another page's heading, stay in the handbook.
                #expect(page.contains("<a href=\"#policies-loyalty-credit.limits\">the limits</a>"))
                #expect(page.contains("id=\"policies-late-fee-waiver.fn-1\""))
            }
            let staff = Fixture.read(root, "internal/handbook/index.html")
            #expect(staff.contains("<a href=\"#policies-late-fee-waiver.limits\">late fee waiver</a>"))
            // The staff handbook holds no FAQ entry: a link to one goes to its page.
            #expect(staff.contains("href=\"../faq/what-is-an-exception/index.html#how-to-ask\""))
            let help = Fixture.read(root, "public/handbook/index.html")
            #expect(help.contains("href=\"#faq-what-is-an-exception.how-to-ask\""))
        }
    }

    @Test func thePublicHandbookHoldsPublicPoliciesAndFAQOnly() throws {
        try Self.built { root in
            let page = Fixture.read(root, "public/handbook/index.html")
            GovernancePagesTests.expectInOrder(page, [
                "<h1>Handbook</h1>", "2 policies · 1 FAQ entry",
                "id=\"categories-billing-errors\">Billing errors</h2>",
                "id=\"policies-late-fee-waiver\">Late fee waiver</h3>",
                "<dt>Effective</dt><dd><time datetime=\"2026-01-15\">15 January 2026</time></dd>",
                "We waive a fee once a year.",
                "id=\"faq-what-is-an-exception\">What is an exception?</h3>", "An exception is a one-time courtesy.",
                "id=\"categories-loyalty-recognition\">Loyalty recognition</h2>",
                "id=\"policies-loyalty-credit\">Loyalty credit</h3>",
            ])
            for staffOnly in ["Approval workflow", "Record keeping", "Billing Team", "Loyalty Team", "<dt>Owner</dt>",
                              "<dt>Version</dt>", "Review by", "Supervisor", "Staff only", "handbook-other"] {
                #expect(!page.contains(staffOnly), "the public handbook shows \(staffOnly)")
            }
            #expect(Fixture.read(root, "public/sitemap.xml").contains("<loc>https://help.test.example/handbook/</loc>"))
            #expect(Fixture.read(root, "public/index.html").contains("<a href=\"handbook/index.html\">"))
            #expect(Fixture.read(root, "internal/policies/late-fee-waiver/index.html").contains("<a href=\"../../handbook/index.html\">"))
        }
    }

    @Test func eachLanguageHasItsHandbook() throws {
        try Self.built([
            "casebook.yml": Fixture.configuration(adding: "languages:\n  es: {}"),
            "content/policies/late-fee-waiver.es.md": "---\ntitle: Exención de recargos\n---\nEximimos un recargo una vez al año.\n",
        ]) { root in
            for site in ["internal", "public"] {
                let page = Fixture.read(root, "\(site)/es/handbook/index.html")
                GovernancePagesTests.expectInOrder(page, [
                    "<html lang=\"es\"", "<h1>Manual</h1>", "Índice",
                    "<article class=\"handbook-entry\" aria-labelledby=\"policies-late-fee-waiver\">",
                    "Exención de recargos", "Eximimos un recargo una vez al año.",
                    // An untranslated page is shown in the default language, and says so.
                    "<article class=\"handbook-entry\" aria-labelledby=\"policies-loyalty-credit\" lang=\"en\" dir=\"ltr\">",
                ])
            }
        }
    }

    /// The part of `page` from the article `anchor` to the end of that article.
    static func section(of anchor: String, in page: String) -> String? {
        guard let start = page.range(of: "<article class=\"handbook-entry\" aria-labelledby=\"\(anchor)\""),
              let end = page.range(of: "</article>", range: start.upperBound..<page.endIndex) else { return nil }
        return String(page[start.lowerBound..<end.upperBound])
    }

    static func matches(of pattern: String, in text: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: pattern)
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
