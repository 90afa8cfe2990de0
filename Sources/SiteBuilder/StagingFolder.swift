import CasebookCore
import Foundation

/// A new site written file by file into a folder beside the output (`.site.new-PID`) and
/// swapped into place by `commit`, so a failed or interrupted build leaves the previous site
/// as it was. Files arrive from every core as they are rendered; nothing is held in memory.
public final class StagingFolder: OutputSink, @unchecked Sendable {
    /// A file in every output folder Casebook writes, so it never replaces a folder it did not make.
    public static let markerName = ".casebook-output"

    /// Why the output could not be written.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    private let destination: URL
    private let staging: URL
    private let lock = NSLock()
    private var folders: Set<String> = [""]
    private var firstFailure: String?
    private var files = 0

    /// Refuses an output that exists and was not made by Casebook; removes what killed builds
    /// left beside it; makes the empty staging folder.
    public init(replacing output: URL) throws {
        let manager = FileManager.default
        destination = output.standardizedFileURL
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: destination.path, isDirectory: &isDirectory) {
            let contents = (try? manager.contentsOfDirectory(atPath: destination.path)) ?? []
            guard isDirectory.boolValue, contents.isEmpty || contents.contains(Self.markerName) else {
                throw Failure(description: "\(destination.path) exists and was not made by casebook; "
                              + "choose another --output or remove it")
            }
        }
        let parent = destination.deletingLastPathComponent()
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create \(parent.path): \(error.localizedDescription)")
        }
        LeftoverOutput.remove(beside: destination)
        staging = parent.appendingPathComponent(LeftoverOutput.stagingName(of: destination, process: getpid()))
        try? manager.removeItem(at: staging)
        guard mkdir(staging.path, 0o755) == 0 else {
            throw Failure(description: "cannot create \(staging.path): \(FileDescriptorWrite.reason(errno))")
        }
    }

    /// How many files were added.
    public var fileCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return files
    }

    public func add(_ path: String, bytes: [UInt8]) {
        do {
            try makeParentFolders(of: path)
            try Self.writeFile(bytes, to: staging.path + "/" + path)
            lock.lock()
            files += 1
            lock.unlock()
        } catch {
            lock.lock()
            if firstFailure == nil { firstFailure = "\(error)" }
            lock.unlock()
        }
    }

    /// Puts the staged site in place of the output, the previous one moved aside first and
    /// removed last; on any failure the previous site stays and the staging folder goes.
    public func commit() throws {
        let manager = FileManager.default
        do {
            lock.lock()
            let failure = firstFailure
            lock.unlock()
            if let failure { throw Failure(description: failure) }
            let marker = "This folder is written by casebook build and replaced whole on every build.\n"
            try Self.writeFile(Array(marker.utf8), to: staging.path + "/" + Self.markerName)
            if manager.fileExists(atPath: destination.path) {
                let retired = destination.deletingLastPathComponent()
                    .appendingPathComponent(LeftoverOutput.retiredName(of: destination, process: getpid()))
                try manager.moveItem(at: destination, to: retired)
                do {
                    try manager.moveItem(at: staging, to: destination)
                } catch {
                    try? manager.moveItem(at: retired, to: destination)
                    throw error
                }
                try? manager.removeItem(at: retired)
            } else {
                try manager.moveItem(at: staging, to: destination)
            }
        } catch {
            discard()
            throw Failure(description: "cannot write \(destination.path): \(error)")
        }
    }

    /// Removes the staging folder; the output is left as it was.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    /// Makes the folders on the way to `path` that are not made yet, parents first.
    private func makeParentFolders(of path: String) throws {
        var missing: [String] = []
        lock.lock()
        defer { lock.unlock() }
        var parts = path.split(separator: "/").dropLast()
        while !parts.isEmpty {
            let folder = parts.joined(separator: "/")
            if folders.contains(folder) { break }
            missing.append(folder)
            parts = parts.dropLast()
        }
        for folder in missing.reversed() {
            guard mkdir(staging.path + "/" + folder, 0o755) == 0 || errno == EEXIST else {
                throw Failure(description: "cannot create \(staging.path)/\(folder): \(FileDescriptorWrite.reason(errno))")
            }
            folders.insert(folder)
        }
    }

    /// Writes bytes with plain POSIX calls: no temporary file per file, as the whole folder is
    /// already a temporary one until it is moved into place.
    private static func writeFile(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw Failure(description: "cannot create \(path): \(FileDescriptorWrite.reason(errno))") }
        defer { close(descriptor) }
        if let code = FileDescriptorWrite.all(bytes, to: descriptor) {
            throw Failure(description: "cannot write \(path): \(FileDescriptorWrite.reason(code))")
        }
    }
}
