import BuildPipeline
import CasebookCLI
import CasebookCore
import CasebookTestSupport
import Foundation
import Testing

/// A translation knows when its source changed after it, from git: the staff page of the
/// translation says so and shows what changed, `check` warns, and the governance page lists
/// every page's state in each language. The public site shows none of it.
@Suite struct OutdatedTranslationTests {
    static let source = "content/faq/what-is-an-exception.md"
    static let translation = "content/faq/what-is-an-exception.es.md"
    static let staffTranslation = "internal/es/faq/what-is-an-exception/index.html"

    /// The fixture with a Spanish translation of the FAQ entry, committed on 1 April.
    static func repository() throws -> GitRepository {
        let repository = try GitRepository(try Fixture.make(TranslationTests.changes))
        try repository.run(["add", "-A"])
        try repository.run(["commit", "-q", "-m", "Import"], date: "2026-04-01T09:00:00+00:00")
        return repository
    }

    static let reworded = Fixture.files[source]!
        .replacingOccurrences(of: "An exception is a one-time courtesy.", with: "An exception is a rare, one-time courtesy.")

    /// The source reworded in a commit on 5 April.
    static func changedSource(_ repository: GitRepository) throws {
        try repository.commit([source: reworded], message: "Reword", date: "2026-04-05T10:00:00+00:00")
    }

    static func build(_ repository: GitRepository) {
        let outcome = Fixture.build(repository.folder, history: HistoryOptions())
        #expect(outcome.status == .success, "\(outcome.standardError)")
    }

    static func check(_ repository: GitRepository) -> CheckReportJSON {
        let outcome = Commands.check(root: repository.folder.url, today: Fixture.today, format: .json)
        return (try? JSONDecoder().decode(CheckReportJSON.self, from: Data(outcome.standardOutput.joined().utf8)))
            ?? CheckReportJSON(diagnostics: [])
    }

    /// The parts of `check --format json` these tests read.
    struct CheckReportJSON: Decodable {
        struct Entry: Decodable {
            var path: String
            var severity: String
            var rule: String?
            var message: String
        }
        var diagnostics: [Entry]

        func with(rule: String) -> [Entry] { diagnostics.filter { $0.rule == rule } }
    }

    @Test func aSourceChangedAfterItsTranslationMarksItOutdatedWithARedline() throws {
        let repository = try Self.repository()
        defer { repository.folder.remove() }
        try Self.changedSource(repository)
        Self.build(repository)

        let page = Fixture.read(repository.folder, Self.staffTranslation)
        // The Spanish site says it in Spanish, naming the source's language as Spanish readers do.
        #expect(page.contains("<p class=\"translation-outdated\" role=\"status\"><strong>Traducción desactualizada:</strong> "
            + "La página en inglés cambió el 5 de abril de 2026, después de esta traducción. "
            + "<a href=\"../../../faq/what-is-an-exception/index.html\" hreflang=\"en\">Abrir la página original</a></p>"))
        let redline = try #require(page.range(of: "<details class=\"redline translation-changes\" open>")).lowerBound
        let panel = String(page[redline...]).components(separatedBy: "</details>")[0]
        #expect(panel.contains("<ins>rare, </ins>"), "\(panel)")
        #expect(!panel.contains("[late fee waiver]"), "the redline reads as the page, without Markdown")
        // The translation has its own history: its last update is its own commit.
        #expect(page.contains("<p class=\"page-updated\">Última actualización <time datetime=\"2026-04-01\">1 de abril de 2026</time> por Test Writer</p>"))
        #expect(page.contains("Fuente <code>content/faq/what-is-an-exception.es.md</code>"))

        let english = Fixture.read(repository.folder, "internal/faq/what-is-an-exception/index.html")
        #expect(english.contains("<li><a href=\"../../es/faq/what-is-an-exception/index.html\" hreflang=\"es\" lang=\"es\">Español</a>: "
            + "<span class=\"translation-state\" data-state=\"outdated\">outdated since <time datetime=\"2026-04-05\">5 April 2026</time></span></li>"))

        let outdated = Self.check(repository).with(rule: "translation-outdated")
        #expect(outdated.map(\.path) == [Self.translation])
        #expect(outdated.first?.severity == "warning")
        #expect(outdated.first?.message.contains("the English page (\(Self.source)) changed on 2026-04-05 after this translation") == true)
    }

    @Test func aTranslationCommittedAfterItsSourceIsCurrent() throws {
        let repository = try Self.repository()
        defer { repository.folder.remove() }
        try Self.changedSource(repository)
        let updated = TranslationTests.changes[Self.translation]!.replacingOccurrences(of: "cortesía única", with: "cortesía rara y única")
        try repository.commit([Self.translation: updated], message: "Traducir", date: "2026-04-06T10:00:00+00:00")
        Self.build(repository)

        let page = Fixture.read(repository.folder, Self.staffTranslation)
        #expect(page.contains("<p class=\"translation-current\">"))
        #expect(!page.contains("translation-outdated"))
        #expect(page.contains("Última actualización <time datetime=\"2026-04-06\">6 de abril de 2026</time>"))
        #expect(Fixture.read(repository.folder, "public/es/faq/what-is-an-exception/index.html")
            .contains("<p class=\"page-updated\">Última actualización <time datetime=\"2026-04-06\">6 de abril de 2026</time></p>"))
        #expect(Self.check(repository).with(rule: "translation-outdated").isEmpty)
        let strict = Commands.check(root: repository.folder.url, today: Fixture.today, strict: true)
        #expect(!strict.standardError.contains { $0.contains("translation-outdated") || $0.contains("outdated translation") })
    }

    @Test func anUncommittedEditToTheSourceCountsAndOneToTheTranslationMakesItNewest() throws {
        let repository = try Self.repository()
        defer { repository.folder.remove() }
        try repository.folder.write([Self.source: Self.reworded])
        Self.build(repository)
        let page = Fixture.read(repository.folder, Self.staffTranslation)
        #expect(page.contains("La página en inglés tiene cambios sin confirmar hechos después de esta traducción. "
            + "<a href=\"../../../faq/what-is-an-exception/index.html\" hreflang=\"en\">Abrir la página original</a></p>"))
        #expect(page.contains("<ins>rare, </ins>"))
        let outdated = Self.check(repository).with(rule: "translation-outdated")
        #expect(outdated.first?.message.contains("has uncommitted changes after this translation") == true)
        #expect(Fixture.read(repository.folder, "internal/governance/index.html")
            .contains("<td data-state=\"outdated\"><span class=\"translation-state\" data-state=\"outdated\">outdated by an uncommitted edit</span></td>"))

        try repository.folder.write([Self.translation: TranslationTests.changes[Self.translation]! + "\nMás.\n"])
        Self.build(repository)
        #expect(Fixture.read(repository.folder, Self.staffTranslation).contains("<p class=\"translation-current\">"))
        #expect(Self.check(repository).with(rule: "translation-outdated").isEmpty)
    }

    @Test func aPublicPageWithoutATranslationIsANoteInTextAndJSON() throws {
        let root = try Fixture.make(TranslationTests.changes)
        defer { root.remove() }
        let expected = "content/policies/late-fee-waiver.md:1:1: note: no translation into Español (es) of this public page: "
            + "start one with 'casebook new --lang es policies/late-fee-waiver'"
        let text = Fixture.check(root)
        #expect(text.status == .success)
        #expect(text.standardError.contains(expected), "\(text.standardError)")
        // Internal pages need no translation.
        #expect(!text.standardError.contains { $0.hasPrefix("content/policies/approval-workflow.md") })
        let json = String(Fixture.check(root, format: .json).standardOutput.joined())
        #expect(json.contains("\"rule\" : \"translation-missing\""))
        #expect(json.contains("\"severity\" : \"note\""))
    }

    @Test func theGovernancePageHasATableOfPagesByLanguage() throws {
        let repository = try Self.repository()
        defer { repository.folder.remove() }
        try Self.changedSource(repository)
        Self.build(repository)
        let governance = Fixture.read(repository.folder, "internal/governance/index.html")
        #expect(governance.contains("<h2 id=\"governance-translations-title\">Translations</h2>"))
        #expect(governance.contains("<thead><tr><th scope=\"col\">Page</th><th scope=\"col\" lang=\"es\">Español</th></tr></thead>"))
        #expect(governance.contains("<a href=\"../faq/what-is-an-exception/index.html\">What is an exception?</a> <span class=\"type-label\">FAQ</span></th>"
            + "<td data-state=\"outdated\"><span class=\"translation-state\" data-state=\"outdated\">outdated since "
            + "<time datetime=\"2026-04-05\">5 April 2026</time></span></td>"))
        #expect(governance.contains("Late fee waiver</a> <span class=\"type-label\">Policy</span></th>"
            + "<td data-state=\"missing\"><span class=\"translation-state\" data-state=\"missing\">missing</span></td>"))
        // An internal page not translated is not listed.
        #expect(!governance.contains("Approval workflow</a> <span class=\"type-label\">"))
    }

    @Test func thePublicSiteSaysNothingOfTranslationsStates() throws {
        let repository = try Self.repository()
        defer { repository.folder.remove() }
        try Self.changedSource(repository)
        try repository.folder.write(["content/faq/what-is-an-exception.md": Self.reworded + "\nMore.\n"])
        Self.build(repository)
        for (path, data) in Fixture.snapshot(repository.folder.url.appendingPathComponent("site/public")) where !path.hasSuffix(".css") {
            let text = String(decoding: data, as: UTF8.self).lowercased()
            for leak in ["translation-", "outdated", "uncommitted", "test writer", "reword", "what changed in the"] {
                #expect(!text.contains(leak), "public/\(path) shows \(leak)")
            }
        }
    }
}
