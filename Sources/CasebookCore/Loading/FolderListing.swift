import Foundation

/// The regular files below a folder, with symlinks judged on the way: in a folder of the
/// repository (`content/`, `templates/`) a symlink is followed only while it stays inside that
/// folder, and one that leads outside is an error naming the link and its target, with nothing
/// below it listed. Hidden files and folders are skipped; a symlink back to a folder it stands
/// in is not followed again.
public struct FolderListing: Sendable {
    /// Paths relative to the folder, sorted.
    public private(set) var paths: [String] = []
    public private(set) var diagnostics: [Diagnostic] = []

    /// Lists `url`, a folder of the repository at `root` that diagnostics call `name`, keeping
    /// to it; the folder itself must not lead outside `root`. A missing folder lists nothing.
    public static func repositoryFolder(_ url: URL, named name: String, in root: URL) -> FolderListing {
        var listing = FolderListing()
        let folder = url.path
        let rootPath = resolved(root.path) ?? root.standardizedFileURL.path
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: folder),
           !contains(rootPath, leadTarget(of: folder, written: target)) {
            listing.diagnostics.append(Diagnostic(.error, name, escapeMessage(target: target, boundary: "the repository")))
            return listing
        }
        guard let boundary = resolved(folder) else { return listing }
        listing.walk(folder, relativePath: "", label: name, boundary: boundary, ancestors: [])
        listing.paths.sort()
        return listing
    }

    /// Lists a folder that is not part of the repository (the default theme), following every symlink.
    public static func toolFolder(_ url: URL) -> FolderListing {
        var listing = FolderListing()
        listing.walk(url.path, relativePath: "", label: url.path, boundary: nil, ancestors: [])
        listing.paths.sort()
        return listing
    }

    /// Where `file` really is when that is outside `folder` (through a symlink to the file or to
    /// any folder on its way); `nil` when it stays inside or does not exist.
    public static func outsideTarget(of file: URL, within folder: URL) -> String? {
        guard let target = resolved(file.path), let boundary = resolved(folder.path),
              !contains(boundary, target) else { return nil }
        return target
    }

    /// The error for a symlink to `target` that leaves `boundary` ("content/", "the repository").
    public static func escapeMessage(target: String, boundary: String) -> String {
        "symlink to '\(target)' leads outside \(boundary): nothing outside it is read into a site; "
            + "copy what it names into \(boundary) instead"
    }

    private mutating func walk(_ directory: String, relativePath: String, label: String, boundary: String?,
                               ancestors: Set<String>) {
        guard let real = Self.resolved(directory), !ancestors.contains(real) else { return }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names where !name.hasPrefix(".") {
            let path = directory + "/" + name
            let relative = relativePath.isEmpty ? name : relativePath + "/" + name
            if let boundary, let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path),
               !Self.contains(boundary, Self.leadTarget(of: path, written: target)) {
                diagnostics.append(Diagnostic(.error, "\(label)/\(relative)",
                                              Self.escapeMessage(target: target, boundary: "\(label)/")))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                walk(path, relativePath: relative, label: label, boundary: boundary, ancestors: ancestors.union([real]))
            } else {
                paths.append(relative)
            }
        }
    }

    /// Where a symlink at `link` whose text is `written` ends up: its real path, or, when it
    /// dangles, the written target taken from the link's folder.
    private static func leadTarget(of link: String, written: String) -> String {
        if let real = resolved(link) { return real }
        let folder = URL(fileURLWithPath: link).deletingLastPathComponent().path
        let base = resolved(folder) ?? folder
        let joined = written.hasPrefix("/") ? written : base + "/" + written
        return URL(fileURLWithPath: joined).standardizedFileURL.path
    }

    /// The path with every symlink resolved; `nil` when it does not exist.
    private static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    private static func contains(_ boundary: String, _ path: String) -> Bool {
        path == boundary || path.hasPrefix(boundary.hasSuffix("/") ? boundary : boundary + "/")
    }
}
