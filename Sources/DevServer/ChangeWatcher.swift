import Foundation

/// Tells when anything changes under the folders a content repository builds from: after
/// `start`, calls `onChange` (on a thread of its own, one call at a time) with the paths
/// that changed, appeared or went away, until `stop`.
public protocol ChangeWatcher: AnyObject, Sendable {
    /// Starts watching; the watcher keeps itself alive until `stop`.
    func start(onChange: @escaping @Sendable ([String]) -> Void)
    /// Stops watching: `onChange` is not called again once the current call returns.
    func stop()
}

/// The watcher for the folders `trees` (with everything below them) and `shallow` (the
/// folders themselves only): inotify on Linux unless `polling`, otherwise a `PollingWatcher`.
func makeChangeWatcher(trees: [URL], shallow: [URL], polling: Bool) throws -> any ChangeWatcher {
    #if os(Linux)
    if !polling { return try InotifyWatcher(trees: trees, shallow: shallow) }
    #endif
    return PollingWatcher(trees: trees, shallow: shallow)
}
