import CasebookCore
import CasebookTestSupport
import Foundation
import Testing
@testable import SiteBuilder

@Suite struct ThemeTests {
    @Test func theDefaultThemeHasEveryRequiredTemplate() throws {
        let root = try TemporaryDirectory()
        defer { root.remove() }
        let (theme, diagnostics) = Theme.load(RepositoryLayout(root: root.url))
        #expect(diagnostics.isEmpty)
        for name in Theme.requiredTemplates {
            #expect(theme.library.getTemplate(named: name) != nil, "missing \(name)")
        }
        #expect(theme.assets["casebook.css"] != nil)
        #expect(theme.assets["casebook.js"] != nil)
    }

    @Test func aRepositoryTemplateOverridesTheDefaultByName() throws {
        let root = try TemporaryDirectory([
            "templates/404.mustache": "custom not found {{page.title}}",
            "templates/assets/casebook.css": "body { color: teal }",
        ])
        defer { root.remove() }
        let (theme, diagnostics) = Theme.load(RepositoryLayout(root: root.url))
        #expect(diagnostics.isEmpty)
        #expect(theme.render("404", ["page": ["title": "Lost"]]) == "custom not found Lost")
        #expect(theme.assets["casebook.css"] == Array("body { color: teal }".utf8))
        #expect(theme.library.getTemplate(named: "policy") != nil)
    }

    @Test func aBrokenTemplateIsReportedWithItsPath() throws {
        let root = try TemporaryDirectory(["templates/faq.mustache": "{{#open}} never closed"])
        defer { root.remove() }
        let (_, diagnostics) = Theme.load(RepositoryLayout(root: root.url))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.path == "templates/faq.mustache")
        #expect(diagnostics.first?.severity == .error)
    }

    @Test func aMissingThemeIsAnErrorNotACrash() throws {
        let root = try TemporaryDirectory()
        defer { root.remove() }
        let (_, diagnostics) = Theme.load(RepositoryLayout(root: root.url), defaultDirectory: nil)
        #expect(diagnostics.count == Theme.requiredTemplates.count)
        #expect(diagnostics.allSatisfy { $0.severity == .error })
    }
}
