import BuildPipeline
import CasebookCore
import CasebookTestSupport
import Foundation
import Testing

/// Symlinks under `content/` and `templates/`: one that leads outside its folder is an error
/// naming the link and its target, and nothing it points at reaches either site; one that stays
/// inside is followed like the file it names.
@Suite struct SymlinkTests {
    static let canary = "CANARY-OUTSIDE-THE-REPOSITORY"

    /// A folder beside the fixture (not inside it) holding a secret file, a page, a folder of
    /// pages and a template, each with the canary.
    static func makeOutside() throws -> TemporaryDirectory {
        try TemporaryDirectory([
            "secret.txt": "root:x:0:0:\(canary):/root:/bin/sh\n",
            "page.md": "---\ntitle: \(canary)\naudience: public\n---\n\(canary)\n",
            "pages/outside-page.md": "---\ntitle: \(canary)\naudience: public\n---\n\(canary)\n",
            "base.mustache": "<html>\(canary){{{content}}}</html>",
        ])
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        /// Link path in the fixture → target inside the outside folder.
        var link: String
        var target: String
        /// Fixture files changed so that the link is used.
        var changes: [String: String] = [:]
        var folder = "content"
        var testDescription: String { name }
    }

    static let linkingFAQ = """
        ---
        title: What is an exception?
        summary: A one-time departure from policy.
        categories: [billing-errors]
        ---
        Read the [account export](../files/secret.txt).
        """

    static let cases: [Case] = [
        Case(name: "linked file", link: "content/files/secret.txt", target: "secret.txt",
             changes: ["content/faq/what-is-an-exception.md": linkingFAQ]),
        Case(name: "page", link: "content/faq/leaked.md", target: "page.md"),
        Case(name: "folder of pages", link: "content/faq/more", target: "pages"),
        Case(name: "type folder, in place of the fixture's", link: "content/scripts", target: "pages"),
        Case(name: "template", link: "templates/base.mustache", target: "base.mustache", folder: "templates"),
        Case(name: "templates folder", link: "templates/partials", target: "pages", folder: "templates"),
    ]

    @Test(arguments: cases)
    func aSymlinkLeadingOutsideIsAnErrorAndNothingIsRead(_ symlink: Case) throws {
        let outside = try Self.makeOutside()
        defer { outside.remove() }
        let root = try Fixture.make()
        defer { root.remove() }
        let site = root.url.appendingPathComponent("site")
        #expect(Fixture.build(root).status == .success)
        let before = Fixture.snapshot(site)

        try root.write(symlink.changes)
        let target = outside.url.appendingPathComponent(symlink.target).path
        let linkURL = root.url.appendingPathComponent(symlink.link)
        try? FileManager.default.removeItem(at: linkURL)
        try Self.link(linkURL, to: target)
        let outcome = Fixture.build(root)

        #expect(outcome.status == .contentErrors)
        let expected = "\(symlink.link):1:1: error: symlink to '\(target)' leads outside \(symlink.folder)/: "
            + "nothing outside it is read into a site; copy what it names into \(symlink.folder)/ instead"
        #expect(outcome.standardError.contains(expected), "got: \(outcome.standardError)")
        let after = Fixture.snapshot(site)
        #expect(after == before)
        #expect(!after.values.contains { String(decoding: $0, as: UTF8.self).contains(Self.canary) })
    }

    @Test func aCommittedRelativeSymlinkToGitConfigIsAnError() throws {
        let root = try Fixture.make([
            ".git/config": "[remote \"origin\"]\n\turl = https://\(Self.canary)@example.com/repo.git\n",
            "content/faq/what-is-an-exception.md": Self.linkingFAQ,
        ])
        defer { root.remove() }
        try Self.link(root.url.appendingPathComponent("content/files/secret.txt"), to: "../../.git/config")
        let outcome = Fixture.build(root)
        #expect(outcome.status == .contentErrors)
        #expect(outcome.standardError.contains(
            "content/files/secret.txt:1:1: error: symlink to '../../.git/config' leads outside content/: "
            + "nothing outside it is read into a site; copy what it names into content/ instead"),
                "got: \(outcome.standardError)")
        #expect(!FileManager.default.fileExists(atPath: root.url.appendingPathComponent("site").path))
    }

    /// The configuration and CODEOWNERS are read into the sites (titles, owners): they may not lead out either.
    @Test(arguments: ["casebook.yml", ".github/CODEOWNERS"])
    func aConfigurationFileLeadingOutsideTheRepositoryIsAnError(file: String) throws {
        let outside = try TemporaryDirectory(["elsewhere.txt": "title: \(Self.canary)\n"])
        defer { outside.remove() }
        let root = try Fixture.make()
        defer { root.remove() }
        let link = root.url.appendingPathComponent(file)
        try? FileManager.default.removeItem(at: link)
        try Self.link(link, to: outside.url.appendingPathComponent("elsewhere.txt").path)
        let outcome = Fixture.build(root)
        #expect(outcome.status == .contentErrors)
        #expect(outcome.standardError.contains { $0.hasPrefix("\(file):1:1: error: symlink to '") && $0.contains("leads outside the repository") },
                "got: \(outcome.standardError)")
        #expect(!FileManager.default.fileExists(atPath: root.url.appendingPathComponent("site").path))
    }

    @Test func aContentFolderThatIsASymlinkOutsideTheRepositoryIsAnError() throws {
        let outside = try Fixture.make()
        defer { outside.remove() }
        let root = try TemporaryDirectory(["casebook.yml": "title: Test Co.\n"])
        defer { root.remove() }
        let target = outside.url.appendingPathComponent("content").path
        try Self.link(root.url.appendingPathComponent("content"), to: target)
        let outcome = Fixture.build(root)
        #expect(outcome.status == .contentErrors)
        #expect(outcome.standardError.contains(
            "content:1:1: error: symlink to '\(target)' leads outside the repository: "
            + "nothing outside it is read into a site; copy what it names into the repository instead"),
                "got: \(outcome.standardError)")
        #expect(!FileManager.default.fileExists(atPath: root.url.appendingPathComponent("site").path))
    }

    @Test func symlinksThatStayInsideAreFollowed() throws {
        let root = try Fixture.make([
            "content/files/sheet.txt": "the rate sheet\n",
            "content/faq/what-is-an-exception.md": """
                ---
                title: What is an exception?
                summary: A one-time departure from policy.
                categories: [billing-errors]
                ---
                Read the [rate sheet](../files/alias.txt) and the [shared notes](../files/shared/notes.txt).
                """,
            "content/notes/notes.txt": "shared notes\n",
        ])
        defer { root.remove() }
        try Self.link(root.url.appendingPathComponent("content/files/alias.txt"), to: "sheet.txt")
        try Self.link(root.url.appendingPathComponent("content/files/shared"), to: "../notes")
        try Self.link(root.url.appendingPathComponent("content/faq/also-an-exception.md"), to: "what-is-an-exception.md")
        try Self.link(root.url.appendingPathComponent("content/files/loop"), to: "..")
        let outcome = Fixture.build(root)
        #expect(outcome.status == .success, "got: \(outcome.standardError)")
        #expect(Fixture.read(root, "public/files/files/alias.txt") == "the rate sheet\n")
        #expect(Fixture.read(root, "public/files/files/shared/notes.txt") == "shared notes\n")
        #expect(Fixture.read(root, "public/faq/also-an-exception/index.html").contains("What is an exception?"))
    }

    @Test func aPageReplacedBySymlinkOutsideIsNotReadOnARebuild() throws {
        let outside = try Self.makeOutside()
        defer { outside.remove() }
        let root = try Fixture.make()
        defer { root.remove() }
        let builder = IncrementalBuild(root: root.url, today: Fixture.today, history: HistoryOptions(enabled: false))
        #expect(builder.build().tree != nil)
        let page = root.url.appendingPathComponent("content/faq/what-is-an-exception.md")
        try FileManager.default.removeItem(at: page)
        let target = outside.url.appendingPathComponent("page.md").path
        try Self.link(page, to: target)
        let result = builder.build(changed: [page.path])
        #expect(result.tree == nil)
        #expect(result.diagnostics.all.map(\.description).contains(
            "content/faq/what-is-an-exception.md:1:1: error: symlink to '\(target)' leads outside content/: "
            + "nothing outside it is read into a site; copy what it names into content/ instead"),
                "got: \(result.diagnostics.all)")
    }

    private static func link(_ link: URL, to target: String) throws {
        try FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target)
    }
}
