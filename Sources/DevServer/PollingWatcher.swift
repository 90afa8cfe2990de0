import Foundation

/// Tells when anything changes under the watched folders by walking them every `interval`
/// seconds and comparing each file's modification time, size and identity (inode) with the
/// previous walk; works wherever Foundation does. Hidden files and folders are skipped.
public final class PollingWatcher: ChangeWatcher, @unchecked Sendable {
    private let trees: [String]
    private let shallow: [String]
    private let interval: Double
    private let stopFlag = StopFlag()

    /// Watches the folders `trees` with everything below them, and the files directly in
    /// the folders `shallow` (for a file such as `casebook.yml` beside the output folder).
    public init(trees: [URL], shallow: [URL] = [], interval: Double = 0.5) {
        self.trees = trees.map(\.path)
        self.shallow = shallow.map(\.path)
        self.interval = interval
    }

    public func start(onChange: @escaping @Sendable ([String]) -> Void) {
        // The first walk happens now, so a save right after `start` is seen.
        let first = snapshot()
        Thread.detachNewThread { [self] in
            var previous = first
            while !isStopped {
                Thread.sleep(forTimeInterval: interval)
                let current = snapshot()
                let changed = Set(previous.keys).union(current.keys).filter { previous[$0] != current[$0] }
                previous = current
                if !changed.isEmpty, !isStopped { onChange(changed.sorted()) }
            }
        }
    }

    public func stop() {
        stopFlag.raise()
    }

    private var isStopped: Bool { stopFlag.isRaised }

    private func snapshot() -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        for folder in trees { walk(folder, recursive: true, into: &stamps) }
        for folder in shallow { walk(folder, recursive: false, into: &stamps) }
        return stamps
    }

    private func walk(_ folder: String, recursive: Bool, into stamps: inout [String: FileStamp]) {
        for child in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where !child.hasPrefix(".") {
            let path = folder + "/" + child
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                if recursive { walk(path, recursive: true, into: &stamps) }
            } else if let attributes = try? FileManager.default.attributesOfItem(atPath: path) {
                stamps[path] = FileStamp(attributes)
            }
        }
    }
}

/// What a `PollingWatcher` compares between walks to tell that a file changed.
private struct FileStamp: Equatable {
    let modified: Date?
    let size: UInt64?
    let identity: UInt64?

    init(_ attributes: [FileAttributeKey: Any]) {
        modified = attributes[.modificationDate] as? Date
        size = (attributes[.size] as? NSNumber)?.uint64Value
        identity = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value
    }
}
