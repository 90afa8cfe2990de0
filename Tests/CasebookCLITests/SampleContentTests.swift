import BuildPipeline
import CasebookCLI
import CasebookTestSupport
import Foundation
import Testing

/// The repository's own `content/` is the README's worked example: it must build cleanly.
@Suite struct SampleContentTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theSampleContentBuildsWithNoErrorsOrWarnings() throws {
        let output = try TemporaryDirectory()
        defer { output.remove() }
        let outcome = Commands.build(root: Self.repositoryRoot, output: output.url.appendingPathComponent("site"),
                                     today: Fixture.today, history: HistoryOptions(enabled: false))
        #expect(outcome.status == .success)
        #expect(outcome.standardError.isEmpty, "\(outcome.standardError)")
        let files = Fixture.snapshot(output.url.appendingPathComponent("site"))
        for category in ["billing-errors", "unexpected-circumstances", "service-failures", "loyalty-recognition"] {
            #expect(files["public/categories/\(category)/index.html"] != nil, "missing category \(category)")
        }
    }

    /// What the README's example CI workflow runs: the writers' linter, warnings as errors.
    /// The only notes are the public policies not yet translated into Spanish.
    @Test func theSampleContentPassesTheStrictCheck() {
        let outcome = Commands.check(root: Self.repositoryRoot, today: Fixture.today,
                                     history: HistoryOptions(enabled: false), strict: true)
        #expect(outcome.status == .success)
        let diagnostics = outcome.standardError.filter { $0.hasPrefix("content/") }
        #expect(diagnostics.allSatisfy { $0.contains(": note: no translation into Español (es) of this public page") },
                "\(outcome.standardError)")
    }

    /// The sample's translations were committed after their sources: as committed, none is outdated.
    @Test func theSampleTranslationsAreCurrent() {
        let outcome = Commands.check(root: Self.repositoryRoot, today: Fixture.today,
                                     history: HistoryOptions(revision: "HEAD"), format: .json)
        #expect(outcome.status == .success)
        let report = outcome.standardOutput.joined()
        #expect(report.contains("\"pages\""), "\(outcome.standardError)")
        #expect(!report.contains("translation-outdated"), "\(report)")
    }
}
