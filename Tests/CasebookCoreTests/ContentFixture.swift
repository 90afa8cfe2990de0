import CasebookTestSupport
import Foundation
@testable import CasebookCore

/// A content repository written to a fresh temporary directory, removed by `remove()`.
struct ContentFixture {
    let directory: TemporaryDirectory
    var root: URL { directory.url }

    /// `files` maps paths relative to the root (e.g. `content/faq/refunds.md`) to their text.
    init(_ files: [String: String]) throws {
        directory = try TemporaryDirectory(files)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content"),
                                                withIntermediateDirectories: true)
    }

    func write(_ data: Data, to path: String) throws {
        try directory.write(data, to: path)
    }

    func remove() {
        directory.remove()
    }

    /// Loads and validates the repository.
    func load() -> (ContentGraph, Diagnostics) {
        ContentRepository.load(RepositoryLayout(root: root))
    }

    /// Runs `body` on a fixture made of `files`, removing it afterwards.
    static func with<Result>(_ files: [String: String], _ body: (ContentFixture) throws -> Result) throws -> Result {
        let fixture = try ContentFixture(files)
        defer { fixture.remove() }
        return try body(fixture)
    }
}

/// A page file: front matter lines, then the body.
func page(_ frontMatter: String, _ body: String = "") -> String {
    "---\n\(frontMatter)\n---\n\(body)"
}
