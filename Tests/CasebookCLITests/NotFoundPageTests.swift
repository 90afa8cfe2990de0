import CasebookTestSupport
import Foundation
import Testing

/// The 404 page, which a web server serves at any missing address (`/faq/old-page/`): with a
/// base URL its links and assets are absolute, without one it carries its essential styles.
@Suite struct NotFoundPageTests {
    @Test func withABaseURLTheLinksAndAssetsAreAbsolute() throws {
        try Fixture.withBuiltSite { root in
            let page = Fixture.read(root, "public/404.html")
            #expect(page.contains("<link rel=\"stylesheet\" href=\"https://help.test.example/assets/casebook.css\">"))
            #expect(page.contains("src=\"https://help.test.example/assets/casebook.js\""))
            #expect(page.contains("href=\"https://help.test.example/faq/index.html\""))
            #expect(page.contains("action=\"https://help.test.example/search/index.html\""))
            #expect(page.contains("class=\"button-link\" href=\"https://help.test.example/index.html\""))
            #expect(!page.contains("<style>"))
        }
    }

    @Test func aLanguagesSiteIsUnderItsFolderOfTheBaseURL() throws {
        let configuration = Fixture.files["casebook.yml"]! + "\nlanguages:\n  es: {}\n"
        try Fixture.withBuiltSite(changing: ["casebook.yml": configuration]) { root in
            let page = Fixture.read(root, "public/es/404.html")
            #expect(page.contains("href=\"https://help.test.example/es/assets/casebook.css\""))
            #expect(page.contains("class=\"button-link\" href=\"https://help.test.example/es/index.html\""))
            #expect(page.contains("href=\"https://help.test.example/404.html\" hreflang=\"en\""))
            #expect(page.contains("href=\"https://help.test.example/es/404.html\" hreflang=\"es\""))
        }
    }

    @Test func withoutABaseURLTheLinksStayRelativeAndTheStylesInline() throws {
        try Fixture.withBuiltSite { root in
            let page = Fixture.read(root, "internal/404.html")
            #expect(page.contains("<link rel=\"stylesheet\" href=\"assets/casebook.css\">"))
            #expect(page.contains("class=\"button-link\" href=\"index.html\""))
            #expect(page.contains("<style>"))
            #expect(page.contains(".page-404 {"))
        }
    }
}
