import Foundation

/// Loads and validates a content repository: the first half of every command.
public enum ContentRepository {
    /// The content graph of the repository `layout` describes and every diagnostic found on the way.
    public static func load(_ layout: RepositoryLayout) -> (ContentGraph, Diagnostics) {
        var loaded = ContentLoader.load(layout)
        OwnerAssignment.assign(&loaded, layout: layout)
        return ContentValidator.validate(loaded)
    }
}
