import CasebookCLI
import CasebookCore
import CasebookTestSupport
import Foundation
import Testing

/// `casebook new --lang es faq/<id>` starts a translation from its source: the title and
/// summary to translate in its front matter, the body to translate, never over a file.
@Suite struct NewTranslationTests {
    static let key = PageKey(type: .faq, id: "what-is-an-exception")

    static func withRoot(_ body: (TemporaryDirectory) throws -> Void) throws {
        let root = try Fixture.make(["casebook.yml": TranslationTests.configuration])
        defer { root.remove() }
        try body(root)
    }

    @Test func itWritesTheSourcesTitleSummaryAndBodyAndBuilds() throws {
        try Self.withRoot { root in
            let outcome = Commands.newTranslation(root: root.url, language: "es", of: Self.key)
            #expect(outcome.status == .success, "\(outcome.standardError)")
            #expect(outcome.standardOutput == ["Wrote content/faq/what-is-an-exception.es.md: translate its title, summary and text"])
            let text = try String(contentsOf: root.url.appendingPathComponent("content/faq/what-is-an-exception.es.md"), encoding: .utf8)
            #expect(text == """
                ---
                title: "What is an exception?"
                summary: A one-time departure from policy.
                ---
                An exception is a one-time courtesy. Read the [late fee waiver](../policies/late-fee-waiver.md).

                ## How to ask

                Call us.
                """)
            #expect(Fixture.check(root).status == .success)
            #expect(Fixture.build(root).status == .success)
            #expect(Fixture.read(root, "public/es/faq/what-is-an-exception/index.html").contains("<html lang=\"es\" dir=\"ltr\">"))
        }
    }

    @Test func itNeverOverwritesATranslation() throws {
        try Self.withRoot { root in
            #expect(Commands.newTranslation(root: root.url, language: "es", of: Self.key).status == .success)
            let again = Commands.newTranslation(root: root.url, language: "es", of: Self.key)
            #expect(again.status == .contentErrors)
            #expect(again.standardError == ["error: content/faq/what-is-an-exception.es.md already exists; nothing was written "
                + "(casebook never overwrites a page)"])
        }
    }

    @Test(arguments: [
        ("fr", PageKey(type: .faq, id: "what-is-an-exception"),
         "error: casebook.yml does not name 'fr' among its other languages (it names 'es')"),
        ("en", PageKey(type: .faq, id: "what-is-an-exception"),
         "error: casebook.yml does not name 'en' among its other languages (it names 'es')"),
        ("es", PageKey(type: .faq, id: "nothing-here"),
         "error: content/faq/nothing-here.md does not exist: a translation is made from its source page"),
    ])
    func aLanguageNotNamedOrASourceMissingIsRefused(language: String, key: PageKey, expected: String) throws {
        try Self.withRoot { root in
            let outcome = Commands.newTranslation(root: root.url, language: language, of: key)
            #expect(outcome.status == .usage)
            #expect(outcome.standardError == [expected])
            #expect(!FileManager.default.fileExists(atPath: root.url.appendingPathComponent(key.sourcePath(in: language)).path))
        }
    }

    @Test func theCommandLineTakesThePageAsTypeSlashID() {
        #expect(throws: Never.self) { try CasebookCommand.parseAsRoot(["new", "--lang", "es", "faq/what-is-an-exception"]) }
        #expect(throws: Never.self) { try CasebookCommand.parseAsRoot(["new", "content/faq/what-is-an-exception.md", "--lang", "es"]) }
        #expect(throws: (any Error).self) { try CasebookCommand.parseAsRoot(["new", "--lang", "es", "faq"]) }
        #expect(throws: (any Error).self) { try CasebookCommand.parseAsRoot(["new", "faq/what-is-an-exception"]) }
        #expect(throws: (any Error).self) { try CasebookCommand.parseAsRoot(["new", "--lang", "es", "faq/what-is-an-exception", "Title"]) }
        #expect(throws: (any Error).self) { try CasebookCommand.parseAsRoot(["new", "faq"]) }
    }
}
