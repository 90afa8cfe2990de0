import Foundation
import SiteBuilder

/// The sites `casebook serve` answers from: the last good build, kept in memory, and the
/// outcome of the newest build (its diagnostics, shown as an overlay when it failed).
public actor SiteStore {
    /// What the browser's reload script hears.
    public struct Status: Sendable, Codable, Equatable {
        /// Goes up by one with every build, good or bad.
        public var version: Int
        /// Whether the newest build succeeded (if not, the last good one is still served).
        public var ok: Bool
        /// Diagnostics of the newest build, compiler-style.
        public var diagnostics: [String]
    }

    private var files: [String: [UInt8]] = [:]
    private var builtAt = Date()
    public private(set) var status = Status(version: 0, ok: true, diagnostics: [])
    private var waiters: [(id: Int, continuation: CheckedContinuation<Status, Never>)] = []
    private var nextWaiter = 0

    public init() {}

    /// Serves `tree` from now on.
    public func publish(_ tree: OutputTree, diagnostics: [String]) {
        files = tree.files
        builtAt = Date()
        announce(Status(version: status.version + 1, ok: true, diagnostics: diagnostics))
    }

    /// Keeps serving the last good build and reports why the newest failed.
    public func fail(diagnostics: [String]) {
        announce(Status(version: status.version + 1, ok: false, diagnostics: diagnostics))
    }

    public func file(_ path: String) -> [UInt8]? { files[path] }
    public func contains(_ path: String) -> Bool { files[path] != nil }
    public var lastBuild: Date { builtAt }

    /// The status once its version is above `version` (at once if it already is), or the
    /// current one after `timeout` seconds.
    public func status(after version: Int, timeout: Double) async -> Status {
        if status.version > version { return status }
        nextWaiter += 1
        let id = nextWaiter
        return await withCheckedContinuation { continuation in
            waiters.append((id, continuation))
            Task { [weak self] in
                try? await Task.sleep(nanoseconds: UInt64(timeout * 1_000_000_000))
                await self?.timeOut(id)
            }
        }
    }

    private func announce(_ new: Status) {
        status = new
        let waiting = waiters
        waiters = []
        for waiter in waiting { waiter.continuation.resume(returning: new) }
    }

    /// A continuation resumes once: only a waiter still waiting times out.
    private func timeOut(_ id: Int) {
        guard let index = waiters.firstIndex(where: { $0.id == id }) else { return }
        waiters.remove(at: index).continuation.resume(returning: status)
    }
}
