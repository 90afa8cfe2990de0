import CasebookCore
import Foundation

/// Writes a built output tree to its folder all at once: into a new folder beside it, then
/// swapped into place, so a failed or interrupted build leaves the previous site as it was.
public enum SiteWriter {
    /// A file in every output folder Casebook writes, so it never replaces a folder it did not make.
    public static let markerName = ".casebook-output"

    /// Why the output could not be written.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func write(_ tree: OutputTree, to output: URL) throws {
        let manager = FileManager.default
        let destination = output.standardizedFileURL
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: destination.path, isDirectory: &isDirectory)
        if exists {
            let contents = (try? manager.contentsOfDirectory(atPath: destination.path)) ?? []
            guard isDirectory.boolValue, contents.isEmpty || contents.contains(markerName) else {
                throw Failure(description: "\(destination.path) exists and was not made by casebook; "
                              + "choose another --output or remove it")
            }
        }
        let parent = destination.deletingLastPathComponent()
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        LeftoverOutput.remove(beside: destination)
        let staging = parent.appendingPathComponent(LeftoverOutput.stagingName(of: destination, process: getpid()))
        do {
            try writeFiles(tree, into: staging)
            if exists {
                let retired = parent.appendingPathComponent(LeftoverOutput.retiredName(of: destination, process: getpid()))
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
            try? manager.removeItem(at: staging)
            throw Failure(description: "cannot write \(destination.path): \(error.localizedDescription)")
        }
    }

    /// Writes bytes with plain POSIX calls: no temporary file per file, as the whole
    /// folder is already a temporary one until it is moved into place.
    private static func writeFile(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw Failure(description: "cannot create \(path)") }
        defer { close(descriptor) }
        var written = 0
        try bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                guard result > 0 else { throw Failure(description: "cannot write \(path)") }
                written += result
            }
        }
    }

    /// Makes the folders parents first, then writes the files on every core.
    private static func writeFiles(_ tree: OutputTree, into folder: URL) throws {
        let root = folder.path
        let paths = tree.paths
        var directories = Set<String>()
        for path in paths {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty, directories.insert(parts.joined(separator: "/")).inserted { parts = parts.dropLast() }
        }
        try makeDirectory(root)
        for directory in directories.sorted() { try makeDirectory(root + "/" + directory) }

        let failures = paths.parallelMap { path -> String? in
            do {
                try writeFile(tree.files[path] ?? [], to: root + "/" + path)
                return nil
            } catch {
                return "\(error)"
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw Failure(description: failure) }
        let marker = "This folder is written by casebook build and replaced whole on every build.\n"
        try writeFile(Array(marker.utf8), to: root + "/" + markerName)
    }

    private static func makeDirectory(_ path: String) throws {
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw Failure(description: "cannot create \(path)") }
    }
}
