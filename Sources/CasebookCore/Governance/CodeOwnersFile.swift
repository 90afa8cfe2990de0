import Foundation

/// Finds and reads a repository's CODEOWNERS file where git hosts look for it.
public enum CodeOwnersFile {
    /// The rules of the repository `layout` describes, or `nil` when it has no CODEOWNERS file.
    public static func load(_ layout: RepositoryLayout) -> (CodeOwners?, [Diagnostic]) {
        for (location, url) in layout.codeOwnersCandidates {
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            if let target = FolderListing.outsideTarget(of: url, within: layout.sourceFolder) {
                return (nil, [Diagnostic(.error, location, FolderListing.escapeMessage(target: target, boundary: "the repository"))])
            }
            guard case .success(let text) = SourceText.decode(Array(data)) else {
                return (nil, [Diagnostic(.warning, location, "CODEOWNERS is not valid UTF-8; it is ignored")])
            }
            let (owners, diagnostics) = CodeOwners.parse(text, path: location)
            return (owners, diagnostics)
        }
        return (nil, [])
    }
}
