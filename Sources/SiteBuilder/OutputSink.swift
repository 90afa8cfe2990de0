import Foundation

/// Where a build puts the files it renders, as it renders them: in memory (`MemorySink`, for
/// `casebook serve` and tests) or straight into a staging folder (`StagingFolder`, for
/// `casebook build`), so a build need not hold every page at once. Safe to call from every core.
public protocol OutputSink: AnyObject, Sendable {
    /// Adds the file at `path` (relative to the output folder, `/`-separated).
    func add(_ path: String, bytes: [UInt8])
}

extension OutputSink {
    public func add(_ path: String, _ text: String) { add(path, bytes: Array(text.utf8)) }
}

/// Keeps the files in an `OutputTree`.
public final class MemorySink: OutputSink, @unchecked Sendable {
    private let lock = NSLock()
    private var files = OutputTree()

    public init() {}

    public func add(_ path: String, bytes: [UInt8]) {
        lock.lock()
        files.add(path, bytes: bytes)
        lock.unlock()
    }

    /// Takes out the file at `path`, for a rebuild after which it no longer exists.
    public func remove(_ path: String) {
        lock.lock()
        files.remove(path)
        lock.unlock()
    }

    /// What was added so far.
    public var tree: OutputTree {
        lock.lock()
        defer { lock.unlock() }
        return files
    }
}

/// Keeps nothing: for `casebook check`, which renders both sites for what rendering finds
/// wrong, and writes nothing.
public final class DiscardingSink: OutputSink, @unchecked Sendable {
    private let lock = NSLock()
    private var files = 0

    public init() {}

    public func add(_ path: String, bytes: [UInt8]) {
        lock.lock()
        files += 1
        lock.unlock()
    }

    /// How many files were handed in.
    public var fileCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return files
    }
}

/// Hands each file to another sink under a folder (`internal/`, `public/`) and remembers the
/// paths it was given, for the sitemap.
final class SubfolderSink: OutputSink, @unchecked Sendable {
    private let parent: OutputSink
    private let folder: String
    private let lock = NSLock()
    private var added: [String] = []

    init(_ parent: OutputSink, folder: String) {
        self.parent = parent
        self.folder = folder
    }

    func add(_ path: String, bytes: [UInt8]) {
        parent.add(folder + "/" + path, bytes: bytes)
        lock.lock()
        added.append(path)
        lock.unlock()
    }

    /// The paths added so far (relative to the folder), sorted.
    var paths: [String] {
        lock.lock()
        defer { lock.unlock() }
        return added.sorted()
    }
}
