import CasebookCLI
import CasebookCore
import CasebookTestSupport
import Foundation
import Testing

/// Translations beside their sources: paired by id, checked against the source's front
/// matter, built under `/<lang>/` of each site with a language menu, `hreflang` alternates,
/// the sitemap's alternates, and the default language where a page has no translation.
@Suite struct TranslationTests {
    static let configuration = Fixture.configuration(adding: "languages:\n  es:\n    public: { title: Ayuda de Test Co. }")

    static let changes: [String: String] = [
        "casebook.yml": configuration,
        "content/faq/what-is-an-exception.es.md": """
            ---
            title: ¿Qué es una excepción?
            summary: Una desviación puntual de la política.
            audience: public
            ---
            Una excepción es una cortesía única. Lea la [exención](../policies/late-fee-waiver.md).

            ## Cómo pedirla

            Llámenos.
            """,
    ]

    static func withSite(_ extra: [String: String] = [:], _ body: (TemporaryDirectory) throws -> Void) throws {
        try Fixture.withBuiltSite(changing: changes.merging(extra) { $1 }, body)
    }

    @Test func aTranslationIsBuiltUnderItsLanguageWithTheSourcesEverythingElse() throws {
        try Self.withSite { root in
            let page = Fixture.read(root, "public/es/faq/what-is-an-exception/index.html")
            #expect(page.contains("<html lang=\"es\" dir=\"ltr\">"))
            #expect(page.contains("<title>¿Qué es una excepción? · Ayuda de Test Co.</title>"))
            #expect(page.contains("Una excepción es una cortesía única."))
            // Its links lead to pages of its language's site; its categories are its source's.
            #expect(page.contains("href=\"../../policies/late-fee-waiver/index.html\""))
            #expect(page.contains("href=\"../../categories/billing-errors/index.html\""))
            #expect(!page.contains("fallback-notice"))
            // The default language's page is where it was.
            #expect(Fixture.read(root, "public/faq/what-is-an-exception/index.html").contains("An exception is a one-time courtesy."))
        }
    }

    @Test func aPageWithoutATranslationFallsBackToTheDefaultLanguageMarkedAsSuch() throws {
        try Self.withSite { root in
            let page = Fixture.read(root, "public/es/policies/late-fee-waiver/index.html")
            #expect(page.contains("<html lang=\"es\" dir=\"ltr\">"))
            #expect(page.contains("<main id=\"main\" tabindex=\"-1\" lang=\"en\" dir=\"ltr\">"))
            #expect(page.contains("class=\"fallback-notice\""))
            #expect(page.contains("We waive a fee once a year."))
            // Not declared as Spanish: no alternates for a page written in one language.
            #expect(!page.contains("<link rel=\"alternate\""))
        }
    }

    @Test func everyPageLinksToItselfInEachLanguageAndDeclaresItsTranslations() throws {
        try Self.withSite { root in
            let english = Fixture.read(root, "public/faq/what-is-an-exception/index.html")
            #expect(english.contains("<a href=\"../../es/faq/what-is-an-exception/index.html\" hreflang=\"es\" lang=\"es\">Español</a>"))
            #expect(english.contains("<link rel=\"alternate\" hreflang=\"es\" href=\"https://help.test.example/es/faq/what-is-an-exception/\">"))
            #expect(english.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://help.test.example/faq/what-is-an-exception/\">"))
            let spanish = Fixture.read(root, "public/es/faq/what-is-an-exception/index.html")
            #expect(spanish.contains("<a href=\"../../../faq/what-is-an-exception/index.html\" hreflang=\"en\" lang=\"en\">English</a>"))
            // The staff site has its languages too, and an internal page's Spanish site falls back.
            #expect(Fixture.read(root, "internal/es/policies/approval-workflow/index.html").contains("class=\"fallback-notice\""))
        }
    }

    @Test func theSitemapListsEachLanguagesAddressWithItsAlternates() throws {
        try Self.withSite { root in
            let sitemap = Fixture.read(root, "public/sitemap.xml")
            #expect(sitemap.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""))
            let alternates = "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://help.test.example/faq/what-is-an-exception/\"/>"
                + "<xhtml:link rel=\"alternate\" hreflang=\"es\" href=\"https://help.test.example/es/faq/what-is-an-exception/\"/>"
            #expect(sitemap.contains("<url><loc>https://help.test.example/es/faq/what-is-an-exception/</loc>\(alternates)</url>"))
            #expect(sitemap.contains("<url><loc>https://help.test.example/faq/what-is-an-exception/</loc>\(alternates)</url>"))
            // A page in one language only is listed once, without alternates; untranslated pages are not listed twice.
            #expect(sitemap.contains("<url><loc>https://help.test.example/policies/late-fee-waiver/</loc></url>"))
            #expect(!sitemap.contains("/es/policies/late-fee-waiver/"))
            #expect(Fixture.snapshot(root.url.appendingPathComponent("site/public/es")).keys.allSatisfy { $0 != "sitemap.xml" && $0 != "robots.txt" })
        }
    }

    @Test(arguments: [
        ("content/faq/nothing-here.es.md", "---\ntitle: Nada\n---\nTexto.\n",
         "content/faq/nothing-here.es.md:1:1: error: translation of 'faq/nothing-here.md', which does not exist"),
        ("content/faq/what-is-an-exception.fr.md", "---\ntitle: Quoi\n---\nTexte.\n",
         "content/faq/what-is-an-exception.fr.md:1:1: error: translation into 'fr': casebook.yml names only 'es'"),
        ("content/faq/what-is-an-exception.en.md", "---\ntitle: What\n---\nText.\n",
         "content/faq/what-is-an-exception.en.md:1:1: error: translation into 'en': 'en' is the default language"),
        ("content/policies/approval-workflow.es.md", "---\ntitle: Flujo\naudience: public\n---\nTexto.\n",
         "content/policies/approval-workflow.es.md:3:1: error: 'audience' differs from the source's"),
        ("content/faq/what-is-an-exception.es.md", "---\ntitle: Qué\ncategories: [loyalty-recognition]\n---\nTexto.\n",
         "content/faq/what-is-an-exception.es.md:3:1: error: 'categories' differs from the source's"),
    ])
    func badTranslationsAreErrorsNamingTheFile(path: String, text: String, expected: String) throws {
        let root = try Fixture.make(Self.changes.merging([path: text]) { $1 })
        defer { root.remove() }
        let outcome = Fixture.check(root)
        #expect(outcome.status == .contentErrors)
        #expect(outcome.standardError.contains { $0.hasPrefix(expected) }, "\(outcome.standardError)")
    }

    @Test func frontMatterEqualToTheSourcesIsAllowed() throws {
        let root = try Fixture.make(Self.changes.merging(["content/faq/what-is-an-exception.es.md": """
            ---
            title: ¿Qué es una excepción?
            audience: public
            categories: [billing-errors]
            ---
            Texto.
            """]) { $1 })
        defer { root.remove() }
        #expect(Fixture.check(root).status == .success)
    }

    @Test(arguments: [
        ("languages:\n  EN: {}", "casebook.yml:2:3: error: 'languages': 'EN' is not a language tag"),
        ("languages:\n  es: { dir: sideways }", "casebook.yml:2:14: error: 'languages.es.dir' must be 'ltr' or 'rtl', not 'sideways'"),
        ("language: en\nlanguages:\n  en: {}", "casebook.yml:2:1: error: 'languages' names 'en', the default language"),
        ("language: english", "casebook.yml:1:11: error: 'language': 'english' is not a language tag"),
    ])
    func badLanguageSettingsAreErrors(yaml: String, expected: String) {
        let (_, diagnostics) = SiteConfigurationLoader.parse(yaml)
        #expect(diagnostics.contains { $0.description.hasPrefix(expected) }, "\(diagnostics.map(\.description))")
    }

    @Test func aLanguageTheThemeHasNoWordsForIsAnError() throws {
        let root = try Fixture.make(["casebook.yml": Self.configuration + "  fr: {}\n"])
        defer { root.remove() }
        let outcome = Fixture.check(root)
        #expect(outcome.status == .contentErrors)
        #expect(outcome.standardError.contains { $0.hasPrefix("templates/strings/fr.yml:1:1: error: no strings file for language 'fr'") },
                "\(outcome.standardError)")
        // A regional language falls back to its base language's words.
        let regional = try Fixture.make(["casebook.yml": Self.configuration + "  es-MX: {}\n"])
        defer { regional.remove() }
        #expect(Fixture.check(regional).status == .success)
    }

    @Test func aRightToLeftLanguageGetsItsDirectionAndItsOwnName() {
        let (configuration, diagnostics) = SiteConfigurationLoader.parse("languages:\n  ar: {}\n  es: { name: Castellano }")
        #expect(diagnostics.isEmpty)
        #expect(configuration.otherLanguages.map(\.direction) == ["rtl", "ltr"])
        #expect(configuration.otherLanguages.map(\.name) == ["العربية", "Castellano"])
    }
}
