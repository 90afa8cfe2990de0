import CasebookTestSupport
import DevServer
import Foundation
import Testing

/// `PollingWatcher` (`casebook serve --poll`, and the watcher where inotify does not exist)
/// reports saves, new files and deleted files, and skips hidden ones.
@Suite struct PollingWatcherTests {
    @Test func itReportsASaveANewFileAndADeletedFile() async throws {
        let root = try TemporaryDirectory(["content/a.md": "one", "content/gone.md": "bye", "casebook.yml": "title: T\n"])
        defer { root.remove() }
        let content = root.url.appendingPathComponent("content")
        let watcher = PollingWatcher(trees: [content], shallow: [root.url], interval: 0.05)
        let seen = SeenPaths()
        watcher.start { seen.add($0) }
        defer { watcher.stop() }
        // Each edit changes the file's size: a same-size rewrite within one tick of the kernel's
        // clock (a few milliseconds) leaves its modification time as it was, which polling cannot see.
        try root.write(["content/a.md": "one, edited", "content/sub/new.md": "new", "content/.hidden.swp": "x",
                        "casebook.yml": "title: Changed\n"])
        try FileManager.default.removeItem(at: content.appendingPathComponent("gone.md"))
        let expected: Set = [content.path + "/a.md", content.path + "/sub/new.md", content.path + "/gone.md", root.url.path + "/casebook.yml"]
        #expect(try await seen.waitFor(expected))
        #expect(!seen.paths.contains(content.path + "/.hidden.swp"))
    }
}

/// The paths a watcher has reported, gathered from its thread.
final class SeenPaths: @unchecked Sendable {
    private var seen: Set<String> = []
    private let lock = NSLock()

    func add(_ paths: [String]) {
        lock.lock()
        seen.formUnion(paths)
        lock.unlock()
    }

    var paths: Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return seen
    }

    /// Whether all of `expected` are reported within a minute (generous: the machine may be
    /// busy). They are looked for once more after every wait, however long the other suites
    /// kept this task from running.
    func waitFor(_ expected: Set<String>) async throws -> Bool {
        let deadline = Date().addingTimeInterval(60)
        while true {
            if expected.isSubset(of: paths) { return true }
            if Date() >= deadline { return false }
            try await Task.sleep(for: .milliseconds(20))
        }
    }
}
