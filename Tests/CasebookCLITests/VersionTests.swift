import ArgumentParser
import CasebookCLI
import Testing

/// `casebook --version` outside a release: the number, and no commit it cannot know.
/// (`Tests/Release/test_release.py` checks the commit a release binary names.)
@Suite struct VersionTests {
    @Test func aDevelopmentBuildSaysSo() {
        #expect(CasebookVersion.description == "casebook \(CasebookVersion.number) (development build)")
        #expect(CasebookCommand.configuration.version == CasebookVersion.description)
    }

    @Test func theVersionFlagIsAnsweredAtEveryLevel() {
        for arguments in [["--version"], ["build", "--version"]] {
            do {
                _ = try CasebookCommand.parseAsRoot(arguments)
                Issue.record("--version should stop parsing")
            } catch {
                #expect(CasebookCommand.fullMessage(for: error) == CasebookVersion.description)
                #expect(CasebookCommand.exitCode(for: error) == .success)
            }
        }
    }

    @Test func theNumberIsARelease() {
        let parts = CasebookVersion.number.split(separator: ".")
        #expect(parts.count == 3 && parts.allSatisfy { Int($0) != nil })
    }
}
