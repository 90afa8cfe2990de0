import CasebookCLI
import CasebookTestSupport
import Foundation
import Testing

@Suite struct EndToEndBuildTests {
    @Test func buildsBothSitesWithTheExpectedFiles() throws {
        let root = try Fixture.make()
        defer { root.remove() }
        let outcome = Fixture.build(root)
        #expect(outcome.status == .success, "\(outcome.standardError)")
        #expect(outcome.standardError.isEmpty)
        let files = Set(Fixture.snapshot(root.url.appendingPathComponent("site")).keys)
        for path in ["internal/index.html", "internal/404.html", "internal/robots.txt",
                     "internal/policies/approval-workflow/index.html", "internal/scripts/granting-an-exception/index.html",
                     "internal/assets/casebook.css", "internal/assets/casebook.js",
                     "public/index.html", "public/404.html", "public/robots.txt", "public/sitemap.xml",
                     "public/policies/late-fee-waiver/index.html", "public/faq/what-is-an-exception/index.html",
                     "public/categories/billing-errors/index.html"] {
            #expect(files.contains(path), "missing \(path)")
        }
        #expect(!files.contains("public/policies/approval-workflow/index.html"))
        #expect(!files.contains("public/scripts/granting-an-exception/index.html"))
        #expect(!files.contains(where: { $0.hasPrefix("public/scripts/") }))
    }

    @Test func theHomePageLeadsWithCategoriesInOrder() throws {
        try Fixture.withBuiltSite { root in
            let home = Fixture.read(root, "internal/index.html")
            let billing = try #require(home.range(of: "Billing errors"))
            let loyalty = try #require(home.range(of: "Loyalty recognition"))
            #expect(billing.lowerBound < loyalty.lowerBound)
            #expect(home.contains("href=\"categories/billing-errors/index.html\""))
            #expect(home.contains("When we charged the wrong amount."))
        }
    }

    @Test func theHomePageTitleIsTheSiteTitleOnce() throws {
        try Fixture.withBuiltSite { root in
            #expect(Fixture.read(root, "public/index.html").contains("<title>Test Co. Help</title>"))
            #expect(Fixture.read(root, "public/faq/index.html").contains("<title>FAQ · Test Co. Help</title>"))
        }
    }

    @Test func categoryPagesListTheirPagesGroupedByTypeWithSummaries() throws {
        try Fixture.withBuiltSite { root in
            let staff = Fixture.read(root, "internal/categories/billing-errors/index.html")
            let policies = try #require(staff.range(of: "Policies"))
            let faq = try #require(staff.range(of: "What is an exception?"))
            #expect(policies.lowerBound < faq.lowerBound)
            #expect(staff.contains("Approval workflow"))
            #expect(staff.contains("Who approves what."))
            let customers = Fixture.read(root, "public/categories/billing-errors/index.html")
            #expect(customers.contains("Late fee waiver"))
            #expect(!customers.contains("Approval workflow"))
        }
    }

    @Test func pagesShowCategoriesRelatedPagesAndBacklinks() throws {
        try Fixture.withBuiltSite { root in
            let policy = Fixture.read(root, "internal/policies/late-fee-waiver/index.html")
            #expect(policy.contains("href=\"../../categories/billing-errors/index.html\""))
            #expect(policy.contains("href=\"../../faq/what-is-an-exception/index.html\""))
            // Backlinks: the FAQ entry and the approval workflow link here.
            #expect(policy.contains("href=\"../../policies/approval-workflow/index.html\""))
            let publicPolicy = Fixture.read(root, "public/policies/late-fee-waiver/index.html")
            #expect(!publicPolicy.contains("approval-workflow"))
        }
    }

    @Test func relativeMarkdownLinksAreRewrittenForEachSite() throws {
        try Fixture.withBuiltSite { root in
            let faq = Fixture.read(root, "public/faq/what-is-an-exception/index.html")
            #expect(faq.contains("<a href=\"../../policies/late-fee-waiver/index.html\">late fee waiver</a>"))
            let workflow = Fixture.read(root, "internal/policies/approval-workflow/index.html")
            #expect(workflow.contains("<a href=\"../../policies/late-fee-waiver/index.html#limits\">late fee waiver</a>"))
            #expect(!workflow.contains(".md\""))
        }
    }

    @Test func policiesShowGovernanceToStaffOnly() throws {
        try Fixture.withBuiltSite { root in
            let staff = Fixture.read(root, "internal/policies/late-fee-waiver/index.html")
            #expect(staff.contains("Billing Team"))
            #expect(staff.contains("<time datetime=\"2026-01-15\">15 January 2026</time>"))
            #expect(staff.contains("data-review-by=\"2026-03-01\" data-status=\"overdue\">Overdue for review"))
            #expect(staff.contains("<td>Supervisor</td><td>$100</td>"))
            let workflow = Fixture.read(root, "internal/policies/approval-workflow/index.html")
            #expect(workflow.contains("data-status=\"current\""))
            let customers = Fixture.read(root, "public/policies/late-fee-waiver/index.html")
            #expect(customers.contains("15 January 2026"))
            #expect(!customers.contains("Billing Team"))
            #expect(!customers.contains("Supervisor"))
            #expect(!customers.contains("2026-03-01"))
        }
    }

    @Test func scriptPlaceholdersAreFillInFieldsOnTheStaffSite() throws {
        try Fixture.withBuiltSite { root in
            let script = Fixture.read(root, "internal/scripts/granting-an-exception/index.html")
            #expect(script.contains("<input type=\"text\" class=\"fill-in\" data-field=\"customer name\""))
            #expect(script.contains("<blockquote class=\"script-text\">"))
            #expect(script.contains("data-script"))
            #expect(script.contains("Granting"))
        }
    }

    @Test func theStaffSiteIsMarkedInternalAndUnindexedOnEveryPage() throws {
        try Fixture.withBuiltSite { root in
            let site = Fixture.snapshot(root.url.appendingPathComponent("site/internal"))
            let pages = site.filter { $0.key.hasSuffix(".html") }
            #expect(pages.count >= 10)
            for (path, data) in pages {
                let html = String(decoding: data, as: UTF8.self)
                #expect(html.contains("Internal — staff only"), "\(path)")
                #expect(html.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"), "\(path)")
            }
            #expect(Fixture.read(root, "internal/robots.txt") == "User-agent: *\nDisallow: /\n")
        }
    }

    @Test func thePublicSiteHasASitemapFromItsBaseURL() throws {
        try Fixture.withBuiltSite { root in
            let sitemap = Fixture.read(root, "public/sitemap.xml")
            #expect(sitemap.contains("<loc>https://help.test.example/policies/late-fee-waiver/</loc>"))
            #expect(sitemap.contains("<loc>https://help.test.example/</loc>"))
            #expect(!sitemap.contains("404"))
            #expect(Fixture.read(root, "public/robots.txt").contains("Sitemap: https://help.test.example/sitemap.xml"))
            let publicHome = Fixture.read(root, "public/index.html")
            #expect(!publicHome.contains("noindex"))
            #expect(!publicHome.contains("Internal — staff only"))
        }
    }

    @Test func generatedLinksAreRelative() throws {
        try Fixture.withBuiltSite { root in
            for (path, data) in Fixture.snapshot(root.url.appendingPathComponent("site")) where path.hasSuffix(".html") {
                let html = String(decoding: data, as: UTF8.self)
                #expect(!html.contains("href=\"/"), "\(path)")
                #expect(!html.contains("src=\"/"), "\(path)")
            }
        }
    }

    @Test func linkedFilesAreCopiedOnlyToSitesWhosePagesLinkThem() throws {
        let root = try Fixture.make([
            "content/files/form.pdf": "%PDF public",
            "content/files/limits.pdf": "%PDF internal",
            "content/faq/what-is-an-exception.md": """
                ---
                title: What is an exception?
                ---
                Fill in the [form](../files/form.pdf).

                ## How to ask

                > [!INTERNAL]
                > Staff limits are in [this sheet](../files/limits.pdf).
                """,
        ])
        defer { root.remove() }
        let outcome = Fixture.build(root)
        #expect(outcome.status == .success, "\(outcome.standardError)")
        let files = Fixture.snapshot(root.url.appendingPathComponent("site"))
        #expect(files["public/files/files/form.pdf"] != nil)
        #expect(files["public/files/files/limits.pdf"] == nil)
        #expect(files["internal/files/files/limits.pdf"] != nil)
        #expect(Fixture.read(root, "public/faq/what-is-an-exception/index.html")
            .contains("href=\"../../files/files/form.pdf\""))
    }

    @Test func sameFileLinksAndFragmentsAreWrittenAsCMarkWritesThem() throws {
        let root = try Fixture.make([
            "content/files/rate sheet.pdf": "%PDF",
            "content/faq/what-is-an-exception.md": """
                ---
                title: What is an exception?
                ---
                Sort [by date](?sort=date), [ask](#how-to-ask), [café](#caf%C3%A9), the [rates](<../files/rate sheet.pdf>)
                and [limits](../policies/late-fee-waiver.md#limits).

                ## How to ask

                ## Café
                """,
        ])
        defer { root.remove() }
        let outcome = Fixture.build(root)
        #expect(outcome.status == .success, "\(outcome.standardError)")
        #expect(!outcome.standardError.contains { $0.contains("no heading") }, "\(outcome.standardError)")
        let faq = Fixture.read(root, "public/faq/what-is-an-exception/index.html")
        #expect(faq.contains("<a href=\"?sort=date\">by date</a>"))
        #expect(faq.contains("<a href=\"#how-to-ask\">ask</a>"))
        #expect(faq.contains("<a href=\"#caf%C3%A9\">café</a>"))
        #expect(faq.contains("<a href=\"../../files/files/rate%20sheet.pdf\">rates</a>"))
        #expect(faq.contains("<a href=\"../../policies/late-fee-waiver/index.html#limits\">limits</a>"))
    }
}
