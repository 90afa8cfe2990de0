import ArgumentParser
import CasebookCLI
import SiteBuilder
import CasebookTestSupport
import Foundation
import Testing

@Suite struct CommandLineTests {
    @Test func anUnknownOptionIsAUsageErrorWithItsOwnExitCode() {
        do {
            _ = try CasebookCommand.parseAsRoot(["build", "--no-such-option"])
            Issue.record("parsing should fail")
        } catch {
            let code = CasebookCommand.exitCode(for: error).rawValue
            #expect(code != 0 && code != 1)
        }
    }

    @Test func checkWritesNothingAndReportsWarnings() throws {
        let root = try Fixture.make(["content/faq/four.md": "---\ntitle: Four\ncatgories: [billing-errors]\n---\n"])
        defer { root.remove() }
        let outcome = Commands.check(root: root.url, history: HistoryOptions(enabled: false))
        #expect(outcome.status == .success)
        #expect(outcome.standardError.first?.hasPrefix("content/faq/four.md:3:1: warning:") == true)
        #expect(outcome.standardError.last == "0 errors, 1 warning")
        #expect(!FileManager.default.fileExists(atPath: root.url.appendingPathComponent("site").path))
    }

    @Test func aMissingContentFolderIsAContentError() throws {
        let root = try TemporaryDirectory()
        defer { root.remove() }
        let outcome = Commands.check(root: root.url, history: HistoryOptions(enabled: false))
        #expect(outcome.status == .contentErrors)
        #expect(outcome.standardError.first == "content:1:1: error: no content/ folder in \(root.url.path)")
    }
}
