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
        let staging = parent.appendingPathComponent(".\(destination.lastPathComponent).new-\(getpid())")
        try? manager.removeItem(at: staging)
        do {
            try writeFiles(tree, into: staging)
            if exists {
                let retired = parent.appendingPathComponent(".\(destination.lastPathComponent).old-\(getpid())")
                try? manager.removeItem(at: retired)
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

    private static func writeFiles(_ tree: OutputTree, into folder: URL) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        var made = Set<String>()
        for path in tree.paths {
            let url = folder.appendingPathComponent(path)
            let directory = url.deletingLastPathComponent().path
            if made.insert(directory).inserted {
                try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
            guard manager.createFile(atPath: url.path, contents: Data(tree.files[path] ?? [])) else {
                throw Failure(description: "cannot create \(url.path)")
            }
        }
        let marker = "This folder is written by casebook build and replaced whole on every build.\n"
        _ = manager.createFile(atPath: folder.appendingPathComponent(markerName).path, contents: Data(marker.utf8))
    }
}
