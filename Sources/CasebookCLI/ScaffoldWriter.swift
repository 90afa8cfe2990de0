import CasebookCore
import Foundation

/// Writes new files and the folders they need, all or nothing: `casebook new` and `casebook init`.
/// It never overwrites a file, and when something stands in the way or cannot be written, it
/// removes what it wrote and says which path, and why, in words of its own.
enum ScaffoldWriter {
    /// Writes `files` under `root` (made if missing).
    static func write(_ files: [(path: String, text: String)], under root: URL) throws(ScaffoldError) {
        for file in files {
            switch FileKind(path: root.appendingPathComponent(file.path).path) {
            case .file, .folder, .other: throw .exists(file.path)
            case .missing, .unreadable: continue  // what stands in the way is found on the way
            }
        }
        var made = Made()
        do throws(ScaffoldError) {
            for file in files {
                try makeFolder(root.appendingPathComponent(file.path).deletingLastPathComponent(), under: root, made: &made)
                try create(file, under: root, made: &made)
            }
        } catch {
            made.undo()
            throw error
        }
    }

    /// What a write made so far, newest last, to remove again when a later step fails.
    private struct Made {
        var paths: [String] = []

        func undo() {
            for path in paths.reversed() { remove(path) }
        }
    }

    /// Makes `folder` and any missing parents.
    private static func makeFolder(_ folder: URL, under root: URL, made: inout Made) throws(ScaffoldError) {
        switch FileKind(path: folder.path) {
        case .folder:
            return
        case .file, .other:
            throw .inTheWay(shown(folder, under: root))
        case .unreadable(let reason):
            throw .cannotWrite(shown(folder, under: root), reason)
        case .missing:
            try makeFolder(folder.deletingLastPathComponent(), under: root, made: &made)
            guard mkdir(folder.path, 0o755) == 0 else {
                throw .cannotWrite(shown(folder, under: root), String(cString: strerror(errno)))
            }
            made.paths.append(folder.path)
        }
    }

    private static func create(_ file: (path: String, text: String), under root: URL, made: inout Made) throws(ScaffoldError) {
        let path = root.appendingPathComponent(file.path).path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw .exists(file.path) }
            throw .cannotWrite(file.path, String(cString: strerror(errno)))
        }
        made.paths.append(path)
        defer { close(descriptor) }
        if let code = FileDescriptorWrite.all(Array(file.text.utf8), to: descriptor) {
            throw .cannotWrite(file.path, FileDescriptorWrite.reason(code))
        }
    }

    /// A path as the message shows it: relative to `root` when it is under it.
    private static func shown(_ url: URL, under root: URL) -> String {
        let base = root.standardizedFileURL.path + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }
}

/// Why new files were not written; the description is the whole message.
enum ScaffoldError: Error, CustomStringConvertible {
    /// A file is already there (relative path).
    case exists(String)
    /// A file stands where a folder is needed.
    case inTheWay(String)
    /// The system refused, with its reason.
    case cannotWrite(String, String)

    /// A page already there is the content's business (1); anything else, a failure to write (2).
    var status: CommandOutcome.ExitStatus {
        if case .exists = self { return .contentErrors }
        return .failure
    }

    var description: String {
        switch self {
        case .exists(let path): "\(path) already exists; nothing was written (casebook never overwrites a page)"
        case .inTheWay(let path): "cannot create the folder \(path): a file of that name is in the way; nothing was written"
        case .cannotWrite(let path, let reason): "cannot write \(path): \(reason); nothing was written"
        }
    }
}
