import BuildPipeline
import CasebookCLI
import CasebookCore
import CasebookTestSupport
import Foundation
import Testing

/// `casebook init` and `casebook new`: what they write builds, and nothing is overwritten.
@Suite struct ScaffoldTests {
    @Test func initMakesARepositoryThatBuildsWithoutErrorsOrWarnings() throws {
        let parent = try TemporaryDirectory()
        defer { parent.remove() }
        let root = parent.url.appendingPathComponent("guide")
        let outcome = Commands.initialize(directory: root, today: Fixture.today)
        #expect(outcome.status == .success)
        for path in ["casebook.yml", ".gitignore", "content/categories/billing-errors.md", "content/categories/unexpected-circumstances.md",
                     "content/categories/service-failures.md", "content/categories/loyalty-recognition.md",
                     "content/policies/courtesy-credits.md", "content/faq/what-is-an-exception.md", "content/scripts/granting-an-exception.md"] {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path), "\(path)")
        }
        let build = Commands.build(root: root, output: root.appendingPathComponent("site"), today: Fixture.today,
                                   history: HistoryOptions(enabled: false))
        #expect(build.status == .success)
        #expect(build.standardError.isEmpty, "\(build.standardError)")
        let check = Commands.check(root: root, today: Fixture.today, history: HistoryOptions(enabled: false), strict: true)
        #expect(check.standardError.isEmpty, "\(check.standardError)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("site/public/faq/what-is-an-exception/index.html").path))
        // A second init in the same place writes nothing.
        let again = Commands.initialize(directory: root, today: Fixture.today)
        #expect(again.status == .contentErrors)
        #expect(again.standardError == ["error: casebook.yml already exists; nothing was written (casebook never overwrites a page)"])
    }

    @Test(arguments: [(NewPageKind.policy, "Refunds After a Move (2026)", "content/policies/refunds-after-a-move-2026.md"),
                      (.faq, "Can I pay in two parts?", "content/faq/can-i-pay-in-two-parts.md"),
                      (.script, "Declining a refund", "content/scripts/declining-a-refund.md"),
                      (.category, "Moving house", "content/categories/moving-house.md")])
    func newWritesAPageThatBuilds(_ kind: NewPageKind, _ title: String, _ path: String) throws {
        let root = try Fixture.make()
        defer { root.remove() }
        let outcome = Commands.new(root: root.url, type: kind.type, title: title, categories: ["billing-errors"], today: Fixture.today)
        #expect(outcome.standardOutput == ["Wrote \(path)"])
        let text = try String(contentsOf: root.url.appendingPathComponent(path), encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: "))
        #expect(text.contains(title))
        let build = Fixture.build(root)
        #expect(build.status == .success, "\(build.standardError)")
        #expect(!build.standardError.contains { $0.hasPrefix(path) }, "\(build.standardError)")

        try Data("my edits".utf8).write(to: root.url.appendingPathComponent(path))
        let again = Commands.new(root: root.url, type: kind.type, title: title, today: Fixture.today)
        #expect(again.status == .contentErrors)
        #expect(try String(contentsOf: root.url.appendingPathComponent(path), encoding: .utf8) == "my edits")
    }

    @Test func newAndInitParse() throws {
        #expect(throws: Never.self) { try CasebookCommand.parseAsRoot(["new", "policy", "Late fees", "--category", "billing-errors"]) }
        #expect(throws: (any Error).self) { try CasebookCommand.parseAsRoot(["new", "memo", "Late fees"]) }
        #expect(throws: Never.self) { try CasebookCommand.parseAsRoot(["init", "somewhere"]) }
        #expect(throws: Never.self) { try CasebookCommand.parseAsRoot(["serve", "--port", "9000", "--host", "0.0.0.0"]) }
        #expect(throws: Never.self) { try CasebookCommand.parseAsRoot(["serve", "--poll", "--port", "9000"]) }
        #expect(throws: (any Error).self) { try CasebookCommand.parseAsRoot(["serve", "--poll", "yes"]) }
    }
}
