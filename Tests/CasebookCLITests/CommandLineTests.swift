import ArgumentParser
import BuildPipeline
import CasebookCLI
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
        let outcome = Fixture.check(root)
        #expect(outcome.status == .success)
        #expect(outcome.standardError.contains { $0.hasPrefix("content/faq/four.md:3:1: warning: unknown front-matter key") })
        #expect(outcome.standardError.last?.hasSuffix(" in 2 files") == true)
        #expect(!FileManager.default.fileExists(atPath: root.url.appendingPathComponent("site").path))
    }

    @Test func aMissingContentFolderIsAContentError() throws {
        let root = try TemporaryDirectory()
        defer { root.remove() }
        let outcome = Fixture.check(root)
        #expect(outcome.status == .contentErrors)
        #expect(outcome.standardError.first == "content:1:1: error: no content/ folder in \(root.url.path)")
    }
}
