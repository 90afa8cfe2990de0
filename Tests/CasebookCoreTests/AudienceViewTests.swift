import Foundation
@testable import CasebookCore
import Markdown
import Testing

@Suite("Audience views")
struct AudienceViewTests {
    static let files: [String: String] = [
        "content/categories/billing.md": page("title: Billing\naudience: public\norder: 2"),
        "content/categories/accounts.md": page("title: Accounts\naudience: public\norder: 1"),
        "content/categories/secret-cat.md": page("title: Secret category"),
        "content/policies/late-fee.md": page("title: Late fee waiver\nowner: Billing team\ncategories: [billing]",
                                             "See [refunds](../faq/refunds.md)."),
        "content/policies/terms.md": page("""
            title: Terms
            audience: public
            owner: Legal
            effective: 2026-01-01
            review_by: 2027-01-01
            tags: [legal]
            authority:
              - { role: Supervisor, up_to: $100 }
            categories: [billing, secret-cat]
            """, "Terms apply. See [refunds](../faq/refunds.md)."),
        "content/faq/refunds.md": page("""
            title: Refunds
            audience: public
            summary: How refunds work.
            categories: [billing, secret-cat, billing]
            related: [policies/late-fee.md, faq/other.md, faq/refunds.md]
            tags: [money]
            """, """
            Refunds take five days. ![chart](../images/chart.png)

            > [!INTERNAL]
            > Waive fees via [the waiver](../policies/late-fee.md). Form: ![form](../images/form.png)

            See [other](other.md).
            """),
        "content/faq/other.md": page("title: Other\naudience: public", "Back to [refunds](refunds.md)."),
        "content/faq/third.md": page("title: Third\naudience: public", "> [!INTERNAL]\n> Compare [refunds](refunds.md)."),
        "content/images/chart.png": "chart",
        "content/images/form.png": "form",
    ]

    static func key(_ type: PageType, _ id: String) -> PageKey { PageKey(type: type, id: id) }
    static let refunds = key(.faq, "refunds")
    static let terms = key(.policies, "terms")

    /// Loads the fixture once per test and returns both views.
    static func views() throws -> (public: AudienceView, internal: AudienceView, diagnostics: [Diagnostic]) {
        try ContentFixture.with(files) { fixture in
            let (graph, diagnostics) = fixture.load()
            return (AudienceView(graph: graph, audience: .public), AudienceView(graph: graph, audience: .internal),
                    diagnostics.all)
        }
    }

    @Test func fixtureIsValid() throws {
        #expect(try Self.views().diagnostics == [])
    }

    @Test func publicViewHasOnlyPublicPages() throws {
        let views = try Self.views()
        #expect(views.public.pages.map(\.key.description) == [
            "categories/accounts.md", "categories/billing.md", "policies/terms.md",
            "faq/other.md", "faq/refunds.md", "faq/third.md",
        ])
        #expect(views.public[Self.key(.policies, "late-fee")] == nil)
        #expect(views.public[Self.key(.categories, "secret-cat")] == nil)
        #expect(views.internal.pages.map(\.key.description) == [
            "categories/accounts.md", "categories/billing.md", "categories/secret-cat.md",
            "policies/late-fee.md", "policies/terms.md", "faq/other.md", "faq/refunds.md", "faq/third.md",
        ])
        #expect(views.public.pages.allSatisfy { !$0.isInternalPage })
        #expect(views.internal.pages.filter(\.isInternalPage).map(\.key.description)
            == ["categories/secret-cat.md", "policies/late-fee.md"])
        #expect(views.public.site.title == "Casebook Help Center")
        #expect(views.internal.site.title == "Casebook Staff Guide")
    }

    @Test func publicBodyHasNoInternalCallouts() throws {
        let views = try Self.views()
        let renderer = HTMLRenderer(options: HTMLRenderOptions(resolveLink: { $0 }))
        let publicPage = try #require(views.public[Self.refunds])
        let internalPage = try #require(views.internal[Self.refunds])
        let publicHTML = renderer.render(publicPage.document)
        #expect(publicHTML == "<p>Refunds take five days. <img src=\"../images/chart.png\" alt=\"chart\" loading=\"lazy\"></p>\n"
            + "<p>See <a href=\"other.md\">other</a>.</p>\n")
        #expect(renderer.render(internalPage.document).contains("Waive fees via"))
        #expect(publicPage.document.links.map(\.destination) == ["../images/chart.png", "other.md"])
    }

    @Test func linkTargetsAndFilesFollowTheView() throws {
        let views = try Self.views()
        #expect(views.public[Self.refunds]?.linkTargets == [
            "../images/chart.png": .file("images/chart.png", fragment: nil),
            "other.md": .page(Self.key(.faq, "other"), fragment: nil),
        ])
        #expect(views.internal[Self.refunds]?.linkTargets == [
            "../images/chart.png": .file("images/chart.png", fragment: nil),
            "other.md": .page(Self.key(.faq, "other"), fragment: nil),
            "../policies/late-fee.md": .page(Self.key(.policies, "late-fee"), fragment: nil),
            "../images/form.png": .file("images/form.png", fragment: nil),
        ])
        #expect(views.public.files == ["images/chart.png"])
        #expect(views.internal.files == ["images/chart.png", "images/form.png"])
    }

    @Test func categoriesAreFilteredAndUnique() throws {
        let views = try Self.views()
        #expect(views.public[Self.refunds]?.categories == [Self.key(.categories, "billing")])
        #expect(views.internal[Self.refunds]?.categories
            == [Self.key(.categories, "billing"), Self.key(.categories, "secret-cat")])
        #expect(views.public[Self.terms]?.categories == [Self.key(.categories, "billing")])
    }

    @Test func relatedIsFilteredAndNeverThePageItself() throws {
        let views = try Self.views()
        #expect(views.public[Self.refunds]?.related == [Self.key(.faq, "other")])
        #expect(views.internal[Self.refunds]?.related == [Self.key(.policies, "late-fee"), Self.key(.faq, "other")])
    }

    @Test func backlinksAreFilteredByAudienceAndByInternalCallouts() throws {
        let views = try Self.views()
        // faq/third links to refunds only from inside an INTERNAL callout; policies/late-fee is internal.
        #expect(views.public[Self.refunds]?.backlinks == [Self.terms, Self.key(.faq, "other")])
        #expect(views.internal[Self.refunds]?.backlinks == [
            Self.key(.policies, "late-fee"), Self.terms, Self.key(.faq, "other"), Self.key(.faq, "third"),
        ])
        // refunds links to other publicly, and to late-fee only from inside its INTERNAL callout.
        #expect(views.public[Self.key(.faq, "other")]?.backlinks == [Self.refunds])
        #expect(views.internal[Self.key(.policies, "late-fee")]?.backlinks == [Self.refunds])
    }

    @Test func governanceAndTagsOnlyOnTheInternalView() throws {
        let views = try Self.views()
        let publicTerms = try #require(views.public[Self.terms])
        let internalTerms = try #require(views.internal[Self.terms])
        #expect(publicTerms.governance == nil)
        #expect(publicTerms.tags == [])
        let governance = try #require(internalTerms.governance)
        #expect(governance.owner == PolicyOwner(name: "Legal", source: .frontMatter))
        #expect(governance.reviewBy == CalendarDay(year: 2027, month: 1, day: 1))
        #expect(governance.authority.map { "\($0.role): \($0.upTo)" } == ["Supervisor: $100"])
        #expect(internalTerms.tags == ["legal"])
        #expect(publicTerms.effective == CalendarDay(year: 2026, month: 1, day: 1))
        #expect(internalTerms.effective == CalendarDay(year: 2026, month: 1, day: 1))

        #expect(views.public[Self.refunds]?.tags == [])
        #expect(views.internal[Self.refunds]?.tags == ["money"])
        #expect(views.internal[Self.refunds]?.governance == nil)
        #expect(views.public[Self.refunds]?.summary == "How refunds work.")
        #expect(views.public[Self.refunds]?.title == "Refunds")
    }

    @Test func typeSpecificFieldsOnlyOnTheirTypes() throws {
        let views = try Self.views()
        #expect(views.public[Self.key(.categories, "billing")]?.order == 2)
        #expect(views.public[Self.refunds]?.order == nil)
        #expect(views.public[Self.refunds]?.effective == nil)
        #expect(views.public[Self.refunds]?.outcome == nil)
    }

    @Test func listsAreOrdered() throws {
        let views = try Self.views()
        #expect(views.public.pages(of: .categories).map(\.key.id) == ["accounts", "billing"])
        #expect(views.internal.pages(of: .categories).map(\.key.id) == ["accounts", "billing", "secret-cat"])
        #expect(views.public.pages(of: .faq).map(\.title) == ["Other", "Refunds", "Third"])
        #expect(views.public.members(of: Self.key(.categories, "billing")).map(\.title) == ["Refunds", "Terms"])
        #expect(views.internal.members(of: Self.key(.categories, "billing")).map(\.title)
            == ["Late fee waiver", "Refunds", "Terms"])
        #expect(views.public.members(of: Self.key(.categories, "secret-cat")).isEmpty)
    }
}
