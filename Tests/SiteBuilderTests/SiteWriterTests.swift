import CasebookTestSupport
import Foundation
import Testing
@testable import SiteBuilder

@Suite struct SiteWriterTests {
    private func tree(_ files: [String: String]) -> OutputTree {
        var tree = OutputTree()
        for (path, text) in files { tree.add(path, text) }
        return tree
    }

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
        #expect(throws: SiteWriter.Failure.self) { try SiteWriter.write(tree(["index.html": "x"]), to: output) }
        #expect(try String(contentsOf: output.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep me")
    }
}
