import CasebookTestSupport
import Foundation
import Testing
@testable import SiteBuilder

/// Files streamed into the staging folder from every core; the output changes only on commit.
@Suite struct StagingFolderTests {
    @Test func filesAddedFromEveryCoreAreAllCommitted() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let output = folder.url.appendingPathComponent("site")
        let staging = try StagingFolder(replacing: output)
        Array(0..<500).parallelForEach { index in
            staging.add("internal/faq/page-\(index)/index.html", "page \(index)")
        }
        #expect(!FileManager.default.fileExists(atPath: output.path), "nothing is in place before the commit")
        try staging.commit()
        #expect(staging.fileCount == 500)
        #expect(try String(contentsOf: output.appendingPathComponent("internal/faq/page-321/index.html"), encoding: .utf8)
                == "page 321")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["site"])
    }

    @Test func discardingLeavesThePreviousSiteAndNoStagingFolder() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let output = folder.url.appendingPathComponent("site")
        try SiteWriter.write(OutputTreeBuilder.tree(["public/index.html": "previous"]), to: output)
        let staging = try StagingFolder(replacing: output)
        staging.add("public/index.html", "half a build")
        staging.discard()
        #expect(try String(contentsOf: output.appendingPathComponent("public/index.html"), encoding: .utf8) == "previous")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["site"])
    }

    @Test func aFileThatCannotBeWrittenFailsTheCommitAndKeepsThePreviousSite() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let output = folder.url.appendingPathComponent("site")
        try SiteWriter.write(OutputTreeBuilder.tree(["public/index.html": "previous"]), to: output)
        let staging = try StagingFolder(replacing: output)
        staging.add("public/a", "a file")
        staging.add("public/a/under-a-file.html", "cannot be written")
        #expect(throws: StagingFolder.Failure.self) { try staging.commit() }
        #expect(try String(contentsOf: output.appendingPathComponent("public/index.html"), encoding: .utf8) == "previous")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["site"])
    }
}

/// Small output trees for the writer's tests.
enum OutputTreeBuilder {
    static func tree(_ files: [String: String]) -> OutputTree {
        var tree = OutputTree()
        for (path, text) in files { tree.add(path, text) }
        return tree
    }
}
