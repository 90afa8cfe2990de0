import CasebookTestSupport
import Foundation
import Testing
@testable import SiteBuilder

@Suite struct SiteWriterTests {
    private func tree(_ files: [String: String]) -> OutputTree { OutputTreeBuilder.tree(files) }

    @Test func writesEveryFileAndReplacesThePreviousSiteWhole() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let output = folder.url.appendingPathComponent("site")
        try SiteWriter.write(tree(["public/index.html": "one", "public/old.html": "stale"]), to: output)
        try SiteWriter.write(tree(["public/index.html": "two"]), to: output)
        #expect(try String(contentsOf: output.appendingPathComponent("public/index.html"), encoding: .utf8) == "two")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("public/old.html").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(leftovers == ["site"])
    }

    @Test func refusesToReplaceAFolderItDidNotMake() throws {
        let folder = try TemporaryDirectory(["mine/notes.txt": "keep me"])
        defer { folder.remove() }
        let output = folder.url.appendingPathComponent("mine")
        #expect(throws: StagingFolder.Failure.self) { try SiteWriter.write(tree(["index.html": "x"]), to: output) }
        #expect(try String(contentsOf: output.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep me")
    }

    @Test func removesWhatAKilledBuildLeftBehind() throws {
        // A build killed while writing leaves its staging (and perhaps its retired) folder,
        // named with its process id; no process has the id 2^22 + 1 (above Linux's pid_max).
        let folder = try TemporaryDirectory([".site.new-4194305/public/index.html": "half written",
                                             ".site.old-4194305/public/index.html": "retired",
                                             ".site.new-1/public/index.html": "another build, still running",
                                             ".site.new-notes/keep.txt": "not casebook's"])
        defer { folder.remove() }
        try SiteWriter.write(tree(["public/index.html": "new"]), to: folder.url.appendingPathComponent("site"))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
        #expect(left == [".site.new-1", ".site.new-notes", "site"])
    }
}
