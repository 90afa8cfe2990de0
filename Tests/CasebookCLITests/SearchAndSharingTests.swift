import CasebookTestSupport
import Foundation
import Testing

/// What the public site gives search engines and link previews (canonical links, Open Graph
/// and Twitter card tags, `FAQPage` and `BreadcrumbList` JSON-LD), its visible breadcrumbs and
/// its "Still need help?" block; and that the staff site has none of it.
@Suite struct SearchAndSharingTests {
    static let configuration = """
        title: Test Co.
        public:
          title: Test Co. Help
          base_url: https://help.test.example
          contact:
            text: Ask our team.
            email: help@test.example
            phone: +1 555 0100
            url: https://test.example/contact
            hours: Weekdays, 9 to 5
        defaults:
          faq: { audience: public }
          categories: { audience: public }
        languages:
          es:
            public: { contact: { text: Pregunte a nuestro equipo. } }
        """

    static let breakerTitle = "Does </script><!-- break a page & its \"data\"?"

    static let files: [String: String] = [
        "casebook.yml": configuration,
        "content/faq/what-is-an-exception.es.md": """
            ---
            title: ¿Qué es una excepción?
            summary: Una cortesía única.
            ---
            Una excepción es una cortesía única.
            """,
        "content/faq/script-breakers.md": """
            ---
            title: 'Does </script><!-- break a page & its "data"?'
            summary: It must not.
            ---
            Text with `</script><!--` in it, a line\u{2028}separator and a paragraph\u{2029}separator.

            > [!INTERNAL]
            > CANARY-JSONLD-CALLOUT
            """,
    ]

    /// The value of `<meta property|name="key" content="…">` in `html`.
    static func meta(_ key: String, in html: String) -> String? {
        for attribute in ["property", "name"] {
            let opening = "<meta \(attribute)=\"\(key)\" content=\""
            if let start = html.range(of: opening), let end = html[start.upperBound...].firstIndex(of: "\"") {
                return String(html[start.upperBound..<end])
            }
        }
        return nil
    }

    static func canonical(in html: String) -> String? {
        let opening = "<link rel=\"canonical\" href=\""
        guard let start = html.range(of: opening), let end = html[start.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(html[start.upperBound..<end])
    }

    static func htmlFiles(_ root: TemporaryDirectory, _ site: String) -> [(path: String, html: String)] {
        Fixture.snapshot(root.url.appendingPathComponent("site/\(site)")).filter { $0.key.hasSuffix(".html") }
            .sorted { $0.key < $1.key }.map { ($0.key, String(decoding: $0.value, as: UTF8.self)) }
    }

    @Test func publicPagesHaveACanonicalAddressAndSharingTags() throws {
        try Fixture.withBuiltSite(changing: Self.files) { root in
            let faq = Fixture.read(root, "public/faq/what-is-an-exception/index.html")
            let address = "https://help.test.example/faq/what-is-an-exception/"
            #expect(Self.canonical(in: faq) == address)
            #expect(Self.meta("og:url", in: faq) == address)
            #expect(Self.meta("og:type", in: faq) == "article")
            #expect(Self.meta("og:title", in: faq) == "What is an exception?")
            #expect(Self.meta("og:description", in: faq) == "A one-time departure from policy.")
            #expect(Self.meta("og:site_name", in: faq) == "Test Co. Help")
            #expect(Self.meta("og:locale", in: faq) == "en_GB")
            #expect(Self.meta("twitter:card", in: faq) == "summary")
            #expect(Self.meta("twitter:title", in: faq) == "What is an exception?")
            #expect(Self.meta("twitter:description", in: faq) == "A one-time departure from policy.")

            let home = Fixture.read(root, "public/index.html")
            #expect(Self.canonical(in: home) == "https://help.test.example/")
            #expect(Self.meta("og:type", in: home) == "website")
            #expect(Self.meta("og:title", in: home) == "Test Co. Help")
            #expect(Self.canonical(in: Fixture.read(root, "public/policies/index.html")) == "https://help.test.example/policies/")
            #expect(Self.canonical(in: Fixture.read(root, "public/whats-new/index.html")) == "https://help.test.example/whats-new/")

            // Pages search engines are not sent to have no canonical address or sharing tags.
            for path in ["public/search/index.html", "public/404.html"] {
                let page = Fixture.read(root, path)
                #expect(Self.canonical(in: page) == nil, "\(path)")
                #expect(Self.meta("og:title", in: page) == nil, "\(path)")
            }
        }
    }

    @Test func aLanguagesCopyHasItsOwnCanonicalAddressUnlessItIsUntranslated() throws {
        try Fixture.withBuiltSite(changing: Self.files) { root in
            let translated = Fixture.read(root, "public/es/faq/what-is-an-exception/index.html")
            #expect(Self.canonical(in: translated) == "https://help.test.example/es/faq/what-is-an-exception/")
            #expect(Self.meta("og:locale", in: translated) == "es")
            #expect(Self.meta("og:title", in: translated) == "¿Qué es una excepción?")
            #expect(Self.canonical(in: Fixture.read(root, "public/es/index.html")) == "https://help.test.example/es/")
            // Shown in English in the Spanish site: the English page is the one to index.
            let fallback = Fixture.read(root, "public/es/policies/late-fee-waiver/index.html")
            #expect(Self.canonical(in: fallback) == "https://help.test.example/policies/late-fee-waiver/")
        }
    }

    @Test func eachFAQEntryIsAFAQPageOfItsPublicAnswer() throws {
        try Fixture.withBuiltSite(changing: Self.files) { root in
            let expected = [
                "faq/what-is-an-exception/index.html": "What is an exception?",
                "es/faq/what-is-an-exception/index.html": "¿Qué es una excepción?",
                "faq/script-breakers/index.html": Self.breakerTitle,
            ]
            for (path, title) in expected {
                let html = Fixture.read(root, "public/\(path)")
                let pages = SchemaOrgShapes.objects(of: "FAQPage", in: html)
                try #require(pages.count == 1, "\(path)")
                #expect(SchemaOrgShapes.faqPageProblems(pages[0]) == [], "\(path)")
                let questions = SchemaOrgShapes.questions(of: pages[0])
                #expect(questions.count == 1)
                #expect(questions.first?.name == title, "\(path)")
                #expect(questions.first?.answer.contains("CANARY") == false, "\(path)")
            }
            let answer = SchemaOrgShapes.questions(of: SchemaOrgShapes.objects(of: "FAQPage",
                in: Fixture.read(root, "public/faq/what-is-an-exception/index.html"))[0]).first?.answer ?? ""
            #expect(answer.hasPrefix("An exception is a one-time courtesy. Read the late fee waiver."))
            #expect(!answer.contains("<"), "the answer is plain text")
            // Lists show questions without their answers: no FAQPage there, nor on other kinds of page.
            for path in ["faq/index.html", "index.html", "categories/billing-errors/index.html",
                         "policies/late-fee-waiver/index.html"] {
                #expect(SchemaOrgShapes.objects(of: "FAQPage", in: Fixture.read(root, "public/\(path)")).isEmpty, "\(path)")
            }
        }
    }

    @Test func structuredDataCannotEndItsScriptElement() throws {
        try Fixture.withBuiltSite(changing: Self.files) { root in
            let html = Fixture.read(root, "public/faq/script-breakers/index.html")
            let scripts = SchemaOrgShapes.scripts(in: html)
            #expect(scripts.count == 2)
            for script in scripts {
                #expect(!script.contains("<") && !script.contains(">") && !script.contains("&"))
                #expect(!script.contains("\u{2028}") && !script.contains("\u{2029}"))
            }
            #expect(scripts.joined().contains("\\u003c/script\\u003e\\u003c!--"))
            // Escaped, the text still parses to the very words of the page.
            let faq = try #require(SchemaOrgShapes.objects(of: "FAQPage", in: html).first)
            let question = try #require(SchemaOrgShapes.questions(of: faq).first)
            #expect(question.name == Self.breakerTitle)
            #expect(question.answer == "Text with </script><!-- in it, a line\u{2028}separator and a paragraph\u{2029}separator.")
        }
    }

    @Test func breadcrumbsLeadFromHomeThroughTheSection() throws {
        try Fixture.withBuiltSite(changing: Self.files) { root in
            let faq = Fixture.read(root, "public/faq/what-is-an-exception/index.html")
            #expect(faq.contains("""
                <nav class="breadcrumbs" aria-label="Breadcrumb">
                <ol>
                <li><a href="../../index.html">Home</a></li>
                <li><a href="../../faq/index.html">FAQ</a></li>
                <li><span aria-current="page">What is an exception?</span></li>
                </ol>
                </nav>
                """))
            let list = try #require(SchemaOrgShapes.objects(of: "BreadcrumbList", in: faq).first)
            #expect(SchemaOrgShapes.breadcrumbListProblems(list) == [])
            #expect(SchemaOrgShapes.steps(of: list).map(\.name) == ["Home", "FAQ", "What is an exception?"])
            #expect(SchemaOrgShapes.steps(of: list).map(\.item) == [
                "https://help.test.example/", "https://help.test.example/faq/",
                "https://help.test.example/faq/what-is-an-exception/",
            ])

            let category = Fixture.read(root, "public/categories/billing-errors/index.html")
            let categoryList = try #require(SchemaOrgShapes.objects(of: "BreadcrumbList", in: category).first)
            #expect(SchemaOrgShapes.steps(of: categoryList).map(\.name) == ["Home", "Categories", "Billing errors"])

            let index = Fixture.read(root, "public/policies/index.html")
            let indexList = try #require(SchemaOrgShapes.objects(of: "BreadcrumbList", in: index).first)
            #expect(SchemaOrgShapes.breadcrumbListProblems(indexList) == [])
            #expect(SchemaOrgShapes.steps(of: indexList).map(\.name) == ["Home", "Policies"])

            let spanish = Fixture.read(root, "public/es/faq/what-is-an-exception/index.html")
            let spanishList = try #require(SchemaOrgShapes.objects(of: "BreadcrumbList", in: spanish).first)
            #expect(SchemaOrgShapes.steps(of: spanishList).map(\.item).first == "https://help.test.example/es/")
            #expect(spanish.contains("<nav class=\"breadcrumbs\" aria-label=\"Ruta de navegación\">"))

            for path in ["index.html", "404.html"] {
                let page = Fixture.read(root, "public/\(path)")
                #expect(!page.contains("class=\"breadcrumbs\""), "\(path)")
                #expect(SchemaOrgShapes.objects(of: "BreadcrumbList", in: page).isEmpty, "\(path)")
            }
        }
    }

    @Test func everyPublicPageEndsWithTheContactBlock() throws {
        try Fixture.withBuiltSite(changing: Self.files) { root in
            let pages = Self.htmlFiles(root, "public")
            let kinds = Set(pages.compactMap { page -> String? in
                page.html.range(of: "kind-").map { String(page.html[$0.upperBound...].prefix { $0 != "\"" }) }
            })
            #expect(kinds == ["home", "category", "policy", "faq", "index", "whats-new", "search", "404", "handbook"])
            for page in pages {
                #expect(page.html.contains("<aside class=\"contact-block\" aria-labelledby=\"contact-block-title\">"), "\(page.path)")
                #expect(page.html.contains("<a href=\"mailto:help@test.example\">help@test.example</a>"), "\(page.path)")
                #expect(page.html.contains("<a href=\"tel:+15550100\">+1 555 0100</a>"), "\(page.path)")
                #expect(page.html.contains("<a href=\"https://test.example/contact\">"), "\(page.path)")
                let spanish = page.path.hasPrefix("es/")
                #expect(page.html.contains(spanish ? "¿Todavía necesita ayuda?" : "Still need help?"), "\(page.path)")
                #expect(page.html.contains(spanish ? "Pregunte a nuestro equipo." : "Ask our team."), "\(page.path)")
                #expect(page.html.contains("Weekdays, 9 to 5"), "\(page.path)")
            }
        }
    }

    @Test func theStaffSiteHasNoneOfIt() throws {
        try Fixture.withBuiltSite(changing: Self.files) { root in
            let pages = Self.htmlFiles(root, "internal")
            #expect(pages.count > 10)
            for page in pages {
                for mark in ["rel=\"canonical\"", "property=\"og:", "name=\"twitter:", "application/ld+json",
                             "class=\"breadcrumbs\"", "contact-block", "help@test.example"] {
                    #expect(!page.html.contains(mark), "internal/\(page.path) has \(mark)")
                }
            }
        }
    }

    @Test func withoutABaseURLOrContactDetails() throws {
        let configuration = """
            title: Test Co.
            defaults:
              faq: { audience: public }
              categories: { audience: public }
            """
        try Fixture.withBuiltSite(changing: ["casebook.yml": configuration]) { root in
            let faq = Fixture.read(root, "public/faq/what-is-an-exception/index.html")
            #expect(Self.canonical(in: faq) == nil)
            #expect(Self.meta("og:url", in: faq) == nil)
            #expect(Self.meta("og:title", in: faq) == "What is an exception?")
            // A trail in JSON-LD needs absolute addresses; the visible one does not.
            #expect(SchemaOrgShapes.objects(of: "BreadcrumbList", in: faq).isEmpty)
            #expect(faq.contains("class=\"breadcrumbs\""))
            let pages = SchemaOrgShapes.objects(of: "FAQPage", in: faq)
            #expect(pages.count == 1 && SchemaOrgShapes.faqPageProblems(pages[0]) == [])
            for page in Self.htmlFiles(root, "public") {
                #expect(!page.html.contains("contact-block"), "\(page.path)")
            }
        }
    }
}
