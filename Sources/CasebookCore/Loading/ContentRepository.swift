import Foundation

/// Loads and validates a content repository: the first half of every command.
public enum ContentRepository {
    /// The content graph of the repository at `root` and every diagnostic found on the way.
    public static func load(root: URL) -> (ContentGraph, Diagnostics) {
        var loaded = ContentLoader.load(root: root)
        OwnerAssignment.assign(&loaded, root: root)
        return ContentValidator.validate(loaded, contentDirectory: root.appendingPathComponent("content"))
    }
}
