import CasebookCore
import CasebookTestSupport
import Foundation
import HTMLEscaping
import Testing
@testable import SiteBuilder

/// The theme's words: strings files per language, overridden key by key, checked against the
/// English file and the templates, and what a site built in Spanish shows.
@Suite struct ThemeStringsTests {
    static func load(_ files: [String: String]) throws -> (Theme, [String]) {
        let root = try TemporaryDirectory(files)
        defer { root.remove() }
        let (theme, diagnostics) = Theme.load(RepositoryLayout(root: root.url))
        return (theme, diagnostics.map(\.description))
    }

    @Test func theDefaultThemeShipsEnglishAndSpanishWithTheSameKeys() throws {
        let (theme, diagnostics) = try Self.load([:])
        #expect(diagnostics.isEmpty)
        #expect(theme.strings.languages == ["en", "es"])
        #expect(DefaultStrings.english.values.keys.sorted() == DefaultStrings.spanish.values.keys.sorted())
        #expect(DefaultStrings.spanish.text("nav.home") == "Inicio")
    }

    @Test func aRepositoryStringsFileReplacesOnlyTheKeysItNames() throws {
        let (theme, diagnostics) = try Self.load(["templates/strings/en.yml": "nav:\n  home: Start\n"])
        #expect(diagnostics.isEmpty)
        let english = try #require(theme.strings.table(for: "en"))
        #expect(english.text("nav.home") == "Start")
        #expect(english.text("nav.whatsNew") == "What's new")
        #expect(theme.strings.table(for: "es")?.text("nav.home") == "Inicio")
    }

    @Test func aLanguageMissingAStringIsAnErrorNamingTheKeyAndLanguage() throws {
        let (theme, diagnostics) = try Self.load(["templates/strings/fr.yml": "locale: fr\nnav:\n  home: Accueil\n"])
        #expect(diagnostics.contains("templates/strings/fr.yml:1:1: error: missing string 'nav.whatsNew' for language 'fr'"))
        #expect(!diagnostics.contains { $0.contains("'nav.home'") || $0.contains("'locale'") })
        #expect(theme.strings.languages == ["en", "es", "fr"])
    }

    @Test func aRepositoryOverrideOfAShippedLanguageNeedsOnlyItsChanges() throws {
        let (_, diagnostics) = try Self.load(["templates/strings/es.yml": "nav:\n  home: Portada\n"])
        #expect(diagnostics.isEmpty)
    }

    @Test func aTemplateReadingAnUnknownStringIsAnError() throws {
        let (_, diagnostics) = try Self.load(["templates/footer.mustache": "<p>{{t.site.title}} {{#t.nav}}{{t.nav.home}}{{/t.nav}}</p>\n"])
        #expect(diagnostics == ["templates/footer.mustache:1:1: error: the template reads 't.site.title', "
                                + "which the strings file for 'en' does not have"])
    }

    @Test func aStringsFileThatIsNotMappingsOfTextIsAnError() throws {
        let (_, diagnostics) = try Self.load(["templates/strings/en.yml": "nav:\n  home: [Start]\n"])
        #expect(diagnostics.contains { $0.hasPrefix("templates/strings/en.yml:2:9: error: the string 'nav.home' must be text") })
    }

    @Test func countsPickOneOrOtherAndWriteTheNumberForTheLocale() {
        #expect(DefaultStrings.english.typeCount(.policies, 1) == "1 policy")
        #expect(DefaultStrings.english.typeCount(.policies, 1200) == "1,200 policies")
        #expect(DefaultStrings.spanish.typeCount(.faq, 3) == "3 preguntas frecuentes")
        #expect(DefaultStrings.spanish.count("updated.olderChanges", 1) == "1 cambio anterior")
    }

    @Test func argumentsAreFilledInOnePass() {
        let table = StringTable(language: "en", values: ["x": "{a} and {b}"])
        #expect(table.text("x", ["a": "{b}", "b": "B"]) == "{b} and B")
        #expect(table.text("missing") == "missing")
    }

    @Test(arguments: [
        ("2026-03-01", "1 March 2026", "1 de marzo de 2026"),
        ("2025-12-25", "25 December 2025", "25 de diciembre de 2025"),
        ("2024-01-09", "9 January 2024", "9 de enero de 2024"),
        ("0987-07-04", "4 July 987", "4 de julio de 987"),
    ])
    func daysAreWrittenThroughFoundationForTheLanguage(iso: String, english: String, spanish: String) throws {
        let day = try #require(CalendarDay(iso: iso))
        #expect(DefaultStrings.english.day(day) == english)
        #expect(DefaultStrings.spanish.day(day) == spanish)
    }

    @Test func theScriptsGetTheirWordsInAGeneratedAsset() {
        let script = StringsScript.render(DefaultStrings.spanish)
        #expect(script.contains("window.Casebook.strings = {\n"))
        #expect(script.contains("\"copy.text\": \"Copiar texto\""))
        #expect(script.contains("\"locale\": \"es\""))
        #expect(!script.contains("\"js."))
    }

    /// Both sites of the fixture rendered with the Spanish strings: the theme's English words,
    /// every English string that Spanish says otherwise (and the fixture's text does not
    /// contain), appear nowhere, and dates are Spanish.
    @Test func aSiteBuiltInSpanishShowsNoEnglishThemeWords() throws {
        // Content written in Spanish: both sites are built in it.
        let root = try Fixture.make(["casebook.yml": Fixture.configuration(adding: "language: es")])
        defer { root.remove() }
        let layout = RepositoryLayout(root: root.url)
        let (graph, _) = ContentRepository.load(layout)
        let (theme, themeDiagnostics) = Theme.load(layout)
        #expect(themeDiagnostics.isEmpty)
        let sink = MemorySink()
        for audience in Audience.allCases {
            let renderer = SiteRenderer(view: AudienceView(graph: graph, audience: audience), theme: theme,
                                        contentDirectory: layout.content, today: Fixture.today)
            _ = renderer.render(into: sink, keepsIndexForEdits: false)
        }
        let english = DefaultStrings.english.values
        let spanish = DefaultStrings.spanish.values
        let phrases = english.keys.sorted().flatMap { key -> [String] in
            guard let words = english[key], words != spanish[key] else { return [] }
            let pieces = words.split(separator: "{").map { $0.split(separator: "}").last.map(String.init) ?? "" }
            return pieces.map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.contains(" ") && $0.count > 6 }
        }.filter { phrase in !Fixture.files.values.contains { $0.contains(phrase) } }
        #expect(phrases.count > 100)
        let files = sink.tree.files.filter { $0.key.hasSuffix(".html") || $0.key.hasSuffix("casebook-strings.js") }
        #expect(files.count > 20)
        for (path, bytes) in files {
            let text = String(decoding: bytes, as: UTF8.self)
            for phrase in phrases where text.contains(phrase) || text.contains(HTMLEscaping.escape(phrase)) {
                Issue.record("\(path) shows the English '\(phrase)'")
            }
        }
        let policy = String(decoding: sink.tree.files["internal/policies/late-fee-waiver/index.html"] ?? [], as: UTF8.self)
        #expect(policy.contains("<html lang=\"es\" dir=\"ltr\">"))
        #expect(policy.contains("15 de enero de 2026"))
        #expect(policy.contains("Revisión vencida"))
    }
}
