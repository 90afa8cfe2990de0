import Foundation

/// Finds and reads a repository's CODEOWNERS file where git hosts look for it.
public enum CodeOwnersFile {
    /// The places searched, in GitHub's order: the first that exists is the one used.
    public static let locations = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"]

    /// The rules of the repository at `root`, or `nil` when it has no CODEOWNERS file.
    public static func load(root: URL) -> (CodeOwners?, [Diagnostic]) {
        for location in locations {
            let url = root.appendingPathComponent(location)
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            if let target = FolderListing.outsideTarget(of: url, within: root) {
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
