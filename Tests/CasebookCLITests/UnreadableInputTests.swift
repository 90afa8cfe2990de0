import CasebookCLI
import CasebookTestSupport
import Foundation
import Testing

/// `casebook.yml` and the type folders when they are not what they should be: each is one
/// diagnostic naming it, and the build writes nothing.
@Suite struct UnreadableInputTests {
    /// The build's errors about `path` (without a configuration, the fixture has others).
    static func errors(_ root: TemporaryDirectory, about path: String) -> [String] {
        let outcome = Fixture.build(root)
        #expect(outcome.status == .contentErrors)
        return outcome.standardError.filter { $0.hasPrefix(path + ":") && $0.contains(": error: ") }
    }

    @Test func aConfigurationThatIsAFolder() throws {
        let root = try Fixture.make(["casebook.yml": "", "casebook.yml/notes.txt": "a folder"])
        defer { root.remove() }
        #expect(Self.errors(root, about: "casebook.yml") == ["casebook.yml:1:1: error: casebook.yml is not a file: the site configuration must be a YAML file"])
    }

    @Test func aConfigurationThatCannotBeRead() throws {
        let root = try Fixture.make(["casebook.yml": ""])
        defer { root.remove() }
        try FileManager.default.createSymbolicLink(atPath: root.url.appendingPathComponent("casebook.yml").path,
                                                   withDestinationPath: "casebook.yml")
        #expect(Self.errors(root, about: "casebook.yml") == ["casebook.yml:1:1: error: casebook.yml cannot be read: Too many levels of symbolic links"])
    }

    @Test(.enabled(if: getuid() != 0, "root may read anything"))
    func aConfigurationWithoutReadPermission() throws {
        let root = try Fixture.make()
        defer { root.remove() }
        chmod(root.url.appendingPathComponent("casebook.yml").path, 0o000)
        #expect(Self.errors(root, about: "casebook.yml") == ["casebook.yml:1:1: error: casebook.yml cannot be read: Permission denied"])
    }

    @Test func aTypeFolderThatIsAFile() throws {
        let root = try Fixture.make(["content/scripts/granting-an-exception.md": "", "content/scripts": "a file"])
        defer { root.remove() }
        #expect(Self.errors(root, about: "content/scripts") == [
            "content/scripts:1:1: error: content/scripts is not a folder: scripts pages go in the folder content/scripts/",
        ])
    }

    @Test func aTypeFolderThatCannotBeRead() throws {
        let root = try Fixture.make(["content/scripts/granting-an-exception.md": ""])
        defer { root.remove() }
        let scripts = root.url.appendingPathComponent("content/scripts").path
        try FileManager.default.createSymbolicLink(atPath: scripts, withDestinationPath: "scripts")
        #expect(Self.errors(root, about: "content/scripts") == ["content/scripts:1:1: error: content/scripts cannot be read: Too many levels of symbolic links"])
    }

    @Test(.enabled(if: getuid() != 0, "root may read anything"))
    func aTypeFolderWithoutReadPermission() throws {
        let root = try Fixture.make()
        defer { root.remove() }
        let policies = root.url.appendingPathComponent("content/policies").path
        chmod(policies, 0o000)
        defer { chmod(policies, 0o755) }
        #expect(Self.errors(root, about: "content/policies") == ["content/policies:1:1: error: content/policies cannot be read: Permission denied"])
    }
}
