import Foundation

/// Checks the folders the content format names before they are listed: `content/` and its
/// four type folders. A file in a folder's place, or a folder that cannot be read, is one
/// diagnostic naming it, instead of pages that silently go missing.
enum ContentFolders {
    /// Why `content/` cannot be listed, if it cannot.
    static func problem(withContentOf layout: RepositoryLayout) -> Diagnostic? {
        switch FileKind(path: layout.content.path) {
        case .folder: return nil
        case .missing: return Diagnostic(.error, "content", "no content/ folder in \(layout.sourceFolder.path)")
        case .file, .other: return Diagnostic(.error, "content", "content is not a folder: pages go in the folder content/")
        case .unreadable(let reason): return Diagnostic(.error, "content", "content cannot be read: \(reason)")
        }
    }

    /// A diagnostic for each type folder (`content/policies`, ...) that is there but cannot be listed.
    static func typeFolderProblems(in contentDirectory: URL) -> [Diagnostic] {
        PageType.allCases.compactMap { type -> Diagnostic? in
            let path = "content/\(type.rawValue)"
            switch FileKind(path: contentDirectory.appendingPathComponent(type.rawValue).path) {
            case .missing, .folder:
                return nil
            case .file, .other:
                return Diagnostic(.error, path, "\(path) is not a folder: \(type.rawValue) pages go in the folder \(path)/")
            case .unreadable(let reason):
                return Diagnostic(.error, path, "\(path) cannot be read: \(reason)")
            }
        }
    }
}
