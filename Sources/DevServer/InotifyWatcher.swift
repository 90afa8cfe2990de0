#if os(Linux)
import Foundation
import Glibc

/// Tells when anything changes under the folders a content repository builds from, using
/// Linux's inotify (no walking): every folder below the watched ones is watched too, and
/// new folders are added as they appear.
public final class InotifyWatcher: ChangeWatcher, @unchecked Sendable {
    private let descriptor: Int32
    private var folders: [Int32: String] = [:]
    private let stopFlag = StopFlag()
    private let lock = NSLock()

    /// Watches the folders `trees` with everything below them, and the folders `shallow`
    /// themselves only (for a file such as `casebook.yml` beside the output folder).
    public init(trees: [URL], shallow: [URL] = []) throws {
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { throw WatchError.unavailable(String(cString: strerror(errno))) }
        for path in trees { addTree(path.path) }
        for path in shallow { addTree(path.path, recursive: false) }
    }

    deinit { close(descriptor) }

    public func start(onChange: @escaping @Sendable ([String]) -> Void) {
        Thread.detachNewThread { [self] in
            while !isStopped {
                let changed = waitForChanges()
                if !changed.isEmpty, !isStopped { onChange(changed) }
            }
        }
    }

    public func stop() {
        stopFlag.raise()
    }

    private var isStopped: Bool { stopFlag.isRaised }

    /// Waits up to a quarter of a second (so `stop` is seen) for something to change, then
    /// returns the changed paths, gathered for `settle` seconds.
    private func waitForChanges(settle: Double = 0.01) -> [String] {
        var pollDescriptor = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&pollDescriptor, 1, 250) > 0 else { return [] }
        var changed = readEvents()
        // Editors save in several steps (write a temporary file, rename): let them finish.
        while poll(&pollDescriptor, 1, Int32(settle * 1000)) > 0 { changed += readEvents() }
        return changed
    }

    private func readEvents() -> [String] {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let count = read(descriptor, &buffer, buffer.count)
        guard count > 0 else { return [] }
        var changed: [String] = []
        var offset = 0
        let headerSize = MemoryLayout<inotify_event>.size
        while offset + headerSize <= count {
            let (watch, mask, length) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                return (event.wd, event.mask, Int(event.len))
            }
            let nameBytes = buffer[(offset + headerSize)..<min(offset + headerSize + length, count)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            lock.lock()
            let folder = folders[watch]
            lock.unlock()
            if let folder {
                let path = name.isEmpty ? folder : folder + "/" + name
                changed.append(path)
                if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { addTree(path) }
            }
            offset += headerSize + length
        }
        return changed
    }

    private func addTree(_ path: String, recursive: Bool = true) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return }
        let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE | IN_ATTRIB)
        let watch = inotify_add_watch(descriptor, path, mask)
        if watch >= 0 {
            lock.lock()
            folders[watch] = path
            lock.unlock()
        }
        guard recursive else { return }
        for child in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] where !child.hasPrefix(".") {
            addTree(path + "/" + child)
        }
    }
}

/// Why watching could not start.
public enum WatchError: Error, CustomStringConvertible {
    case unavailable(String)

    public var description: String {
        switch self {
        case .unavailable(let reason): "cannot watch for changes: \(reason)"
        }
    }
}
#endif
