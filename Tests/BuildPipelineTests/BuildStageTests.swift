@testable import BuildPipeline
import CasebookCore
import CasebookTestSupport
import Foundation
import SiteBuilder
import Testing

/// The stages of a build over one context: what each kind of build runs, and how an error
/// or a revision is handled on the way.
@Suite struct BuildStageTests {
    static func options(history: HistoryOptions = HistoryOptions(enabled: false)) -> BuildOptions {
        BuildOptions(today: Fixture.today, history: history, lint: false, themeDirectory: Theme.defaultDirectory())
    }

    static func names(_ stages: [any BuildStage]) -> [String] {
        stages.map { stage in (stage as? RenderAudience).map { "RenderAudience(\($0.audience))" } ?? "\(type(of: stage))" }
    }

    @Test func aRebuildOfPagesRendersAndCommitsThroughTheStagesOfAFullBuild() {
        let rendering = ["RenderAudience(internal)", "RenderAudience(public)", "Commit"]
        #expect(Self.names(BuildPlan.full(lint: false, revision: nil)) == ["ReadRepository", "LoadTheme", "OpenOutput"] + rendering)
        #expect(Self.names(BuildPlan.full(lint: true, revision: "v1"))
                == ["ExportRevision", "ReadRepository", "Lint", "LoadTheme", "OpenOutput"] + rendering)
        #expect(Self.names(BuildPlan.pages([PageKey(type: .faq, id: "a")])) == ["RereadPages", "RefreshUncommitted"] + rendering)
    }

    @Test func theSnapshotOfARevisionIsRemovedWhenTheBuildEnds() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try GitRepository(folder).commit(Fixture.files, message: "Import", date: "2026-05-01T10:00:00Z")
        for revision in ["HEAD", "no-such-revision"] {
            let layout = RepositoryLayout(root: folder.url, revision: revision)
            let context = BuildContext(layout: layout, options: Self.options(), destination: .memory)
            try? context.run(BuildPlan.full(lint: false, revision: revision))
            #expect((context.tree != nil) == (revision == "HEAD"), "\(revision): \(context.result.diagnostics.all)")
            #expect(!FileManager.default.fileExists(atPath: try #require(layout.snapshot).path), "\(revision)")
        }
    }

    /// Takes a file away between reading and rendering.
    struct RemoveFile: BuildStage {
        let url: URL
        var makesOutput: Bool { false }
        func run(_ context: BuildContext) { try? FileManager.default.removeItem(at: url) }
    }

    @Test func anErrorWhileRenderingRendersBothSitesAndLeavesTheOutputAsItWas() throws {
        let policy = "content/policies/late-fee-waiver.md"
        let root = try Fixture.make([
            "content/files/rates.txt": "Rates\n",
            policy: Fixture.files[policy]! + "\n\nSee the [rates](../files/rates.txt).\n",
        ])
        defer { root.remove() }
        let output = root.url.appendingPathComponent("site")
        #expect(SiteBuild.run(root: root.url, today: Fixture.today, history: HistoryOptions(enabled: false),
                              destination: .folder(output)).writeFailure == nil)
        let before = Fixture.snapshot(output)
        #expect(before["public/files/files/rates.txt"] != nil)

        let context = BuildContext(layout: RepositoryLayout(root: root.url), options: Self.options(), destination: .folder(output))
        try context.run([ReadRepository(), LoadTheme(), OpenOutput(), RemoveFile(url: root.url.appendingPathComponent("content/files/rates.txt"))]
                        + BuildPlan.full(lint: false, revision: nil).suffix(3))
        let result = context.result
        #expect(result.diagnostics.all.map(\.description) == ["content/files/rates.txt:1:1: error: the file cannot be read"])
        #expect(result.pageCounts == [.internal: 6, .public: 4], "both sites were rendered")
        #expect(Fixture.snapshot(output) == before)
        let besideOutput = try FileManager.default.contentsOfDirectory(atPath: root.url.path)
        #expect(!besideOutput.contains { $0.hasPrefix(".site.") }, "no staging folder is left: \(besideOutput)")
    }
}
