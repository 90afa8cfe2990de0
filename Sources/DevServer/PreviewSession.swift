import BuildPipeline
import CasebookCore
import Foundation

/// `casebook serve`: builds both sites into memory, serves them, and rebuilds whenever the
/// content, the templates or `casebook.yml` change; open pages reload after a good rebuild
/// and show the diagnostics of a bad one, while the last good sites stay served. A revision
/// (`--rev`) is built from its snapshot once and served as it stood.
public final class PreviewSession: Sendable {
    let store = SiteStore()
    let builder: IncrementalBuild
    let log: @Sendable (String) -> Void

    public init(root: URL, today: CalendarDay, history: HistoryOptions, log: @escaping @Sendable (String) -> Void) {
        self.builder = IncrementalBuild(root: root, today: today, history: history)
        self.log = log
    }

    /// The responder over this session's sites, for a front end or for tests.
    public var responder: SiteResponder { SiteResponder(store: store) }

    /// Builds (only what `changed`, absolute paths, can affect; everything when `nil`) and
    /// publishes the result; returns whether it succeeded.
    @discardableResult
    public func rebuild(changed: [String]? = nil) async -> Bool {
        let started = Date()
        let result = builder.build(changed: changed)
        if builder.lastKind == .unchanged { return true }
        let lines = result.diagnostics.sorted.map(\.description)
        for line in lines { log(line) }
        let milliseconds = Int(Date().timeIntervalSince(started) * 1000)
        guard let tree = result.tree else {
            log("Build failed (\(result.diagnostics.summary)); still serving the last good version")
            await store.fail(diagnostics: lines)
            return false
        }
        await store.publish(tree, diagnostics: lines)
        switch builder.lastKind {
        case .full: log("Built \(result.pageCounts[.internal] ?? 0) pages in \(milliseconds) ms")
        case .pages(let keys): log("Rebuilt \(keys.map(\.contentPath).joined(separator: ", ")) in \(milliseconds) ms")
        case .unchanged: break
        }
        return true
    }

    /// Whether saves are watched: not for a revision (`--rev`), which a save does not change.
    public var watchesForChanges: Bool { builder.layout.revision == nil }

    /// Rebuilds after every change under `content/` and `templates/` and to `casebook.yml`
    /// until the process ends, seen with inotify on Linux or, when `polling` (and where
    /// inotify does not exist), by walking the folders; for a revision there is nothing to watch.
    public func watch(polling: Bool = false) throws {
        guard watchesForChanges else { return }
        let layout = builder.layout
        let watcher = try makeChangeWatcher(trees: [layout.content, layout.templates], shallow: [layout.root], polling: polling)
        let rootPath = layout.root.standardizedFileURL.path
        let session = self
        watcher.start { paths in
            let changed = paths.filter { path in
                // Beside content/ and templates/, only casebook.yml matters (not site/ or .git).
                let parent = (path as NSString).deletingLastPathComponent
                return parent != rootPath || (path as NSString).lastPathComponent == RepositoryLayout.configurationFile
            }
            guard !changed.isEmpty else { return }
            let done = DispatchSemaphore(value: 0)
            Task {
                await session.rebuild(changed: changed)
                done.signal()
            }
            done.wait()
        }
    }
}
