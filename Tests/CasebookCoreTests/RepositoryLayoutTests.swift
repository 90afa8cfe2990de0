import CasebookCore
import Foundation
import Testing

@Suite struct RepositoryLayoutTests {
    static let root = URL(fileURLWithPath: "/work/guide")

    @Test func theWorkingTreeIsReadFromTheRoot() {
        let layout = RepositoryLayout(root: Self.root)
        #expect(layout.sourceFolder == Self.root)
        #expect(layout.snapshot == nil)
        #expect(layout.content.path == "/work/guide/content")
        #expect(layout.templates.path == "/work/guide/templates")
        #expect(layout.configuration.path == "/work/guide/casebook.yml")
        #expect(layout.codeOwnersCandidates.map(\.path) == [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"])
        #expect(layout.codeOwnersCandidates.first?.url.path == "/work/guide/.github/CODEOWNERS")
        #expect(layout.defaultOutput.path == "/work/guide/site")
    }

    @Test func aRevisionIsReadFromItsSnapshotAndItsHistoryFromTheRoot() throws {
        let layout = RepositoryLayout(root: Self.root, revision: "v1")
        let snapshot = try #require(layout.snapshot)
        #expect(layout.root == Self.root)
        #expect(snapshot != Self.root)
        #expect(snapshot.deletingLastPathComponent().standardizedFileURL
                == FileManager.default.temporaryDirectory.standardizedFileURL)
        #expect(layout.content == snapshot.appendingPathComponent("content"))
        #expect(layout.templates == snapshot.appendingPathComponent("templates"))
        #expect(layout.configuration == snapshot.appendingPathComponent("casebook.yml"))
        #expect(layout.codeOwnersCandidates.allSatisfy { $0.url.path.hasPrefix(snapshot.path + "/") })
        #expect(layout.defaultOutput.path == "/work/guide/site")
        #expect(RepositoryLayout(root: Self.root, revision: "v1").snapshot != snapshot, "each build of a revision has its own snapshot")
    }

    @Test(arguments: [
        ("/work/guide/content/policies/late-fee-waiver.md", "policies/late-fee-waiver.md"),
        ("/work/guide/content/faq/what-is-an-exception.md", "faq/what-is-an-exception.md"),
        ("/work/guide/content/faq/README.md", nil),
        ("/work/guide/content/faq/old/refunds.md", nil),
        ("/work/guide/content/policies/Late Fee.md", nil),
        ("/work/guide/content/policies/notes.txt", nil),
        ("/work/guide/templates/policy.mustache", nil),
        ("/work/guide/casebook.yml", nil),
        ("/elsewhere/content/policies/late-fee-waiver.md", nil),
    ] as [(String, String?)])
    func pageFilesAreKnownByTheirPath(_ path: String, _ page: String?) {
        #expect(RepositoryLayout(root: Self.root).pageKey(at: path)?.contentPath == page)
    }
}
