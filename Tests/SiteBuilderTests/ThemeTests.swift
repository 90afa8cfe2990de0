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
            #expect(theme.library.contains(name), "missing \(name)")
        }
        #expect(theme.assets["casebook.css"] != nil)
        let layout = try String(contentsOf: try #require(Theme.defaultDirectory()).appendingPathComponent("base.mustache"),
                                encoding: .utf8)
        let scripts = ScriptTags.sources(in: layout)
        #expect(scripts.contains("{{root}}assets/casebook.js"))
        #expect(scripts.contains("{{root}}assets/\(StringsScript.name)"))
        for source in scripts where source != "{{root}}assets/\(StringsScript.name)" {
            #expect(theme.assets[String(source.dropFirst("{{root}}assets/".count))] != nil, "missing \(source)")
        }
    }

    @Test func aRepositoryTemplateOverridesTheDefaultByName() throws {
        let root = try TemporaryDirectory([
            "templates/404.mustache": "custom not found {{page.title}}",
            "templates/assets/casebook.css": "body { color: teal }",
        ])
        defer { root.remove() }
        let (theme, diagnostics) = Theme.load(RepositoryLayout(root: root.url))
        #expect(diagnostics.isEmpty)
        #expect(theme.render("404", ["page": ["title": "Lost"]]) == Array("custom not found Lost".utf8))
        #expect(theme.assets["casebook.css"] == Array("body { color: teal }".utf8))
        #expect(theme.library.contains("policy"))
    }

    @Test func aBrokenTemplateIsReportedWithItsPath() throws {
        let root = try TemporaryDirectory(["templates/faq.mustache": "{{#open}} never closed"])
        defer { root.remove() }
        let (_, diagnostics) = Theme.load(RepositoryLayout(root: root.url))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.path == "templates/faq.mustache")
        #expect(diagnostics.first?.severity == .error)
    }

    @Test func aPartialTheThemeDoesNotHaveIsAnError() throws {
        let root = try TemporaryDirectory(["templates/faq.mustache": "{{<base}}{{$main}}{{>no-such-part}}{{/main}}{{/base}}"])
        defer { root.remove() }
        let (_, diagnostics) = Theme.load(RepositoryLayout(root: root.url))
        #expect(diagnostics.map(\.message) == ["the template includes 'no-such-part', which the theme does not have"])
        #expect(diagnostics.first?.path == "templates/faq.mustache")
    }

    @Test func aLayoutThatNoLongerLoadsTheThemesScriptsIsWarnedAbout() throws {
        let old = "<html><head><script src=\"{{root}}assets/casebook.js\" defer></script></head>"
            + "<body>{{$main}}{{/main}}</body></html>"
        let root = try TemporaryDirectory(["templates/base.mustache": old])
        defer { root.remove() }
        let (theme, diagnostics) = Theme.load(RepositoryLayout(root: root.url))
        let scripts = (theme.assets.keys.filter { $0.hasSuffix(".js") && $0 != "casebook.js" } + [StringsScript.name]).sorted()
        #expect(!scripts.isEmpty)
        #expect(diagnostics.map(\.message) == scripts.map {
            "no template loads assets/\($0), a script of the default theme, so its feature is missing from every page: "
                + "copy its <script> tag from the default base.mustache"
        })
        #expect(diagnostics.allSatisfy { $0.severity == .warning && $0.path == "templates/base.mustache" })

        let footerOnly = try TemporaryDirectory(["templates/footer.mustache": "f"])
        defer { footerOnly.remove() }
        #expect(Theme.load(RepositoryLayout(root: footerOnly.url)).1.isEmpty)
    }

    @Test func aMissingThemeIsAnErrorNotACrash() throws {
        let root = try TemporaryDirectory()
        defer { root.remove() }
        let (_, diagnostics) = Theme.load(RepositoryLayout(root: root.url), defaultDirectory: nil)
        #expect(diagnostics.count == Theme.requiredTemplates.count)
        #expect(diagnostics.allSatisfy { $0.severity == .error })
    }
}
