import CasebookCore
import Foundation

/// Turns resolved link targets into relative `href`s for a page of one site; the renderer
/// escapes them for HTML as cmark does.
struct LinkHrefs: Sendable {
    let view: AudienceView
    let fromPath: String
    let fromKey: PageKey?

    func href(for target: LinkTarget) -> String? {
        let root = SitePaths.root(from: fromPath)
        switch target {
        case .external(let address):
            return address
        case .page(let key, let fragment):
            guard view[key] != nil else { return nil }
            let suffix = fragment.map { "#\($0)" } ?? ""
            if key == fromKey, !suffix.isEmpty { return suffix }
            return root + SitePaths.page(key) + suffix
        case .samePage(let query, let fragment):
            return (query.map { "?\($0)" } ?? "") + (fragment.map { "#\($0)" } ?? "")
        case .file(let path, let fragment):
            let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
            return root + SitePaths.file(encoded) + (fragment.map { "#\($0)" } ?? "")
        case .dropped:
            return nil
        }
    }

    /// The relative address of a generated file from this page.
    func href(toFile path: String) -> String {
        SitePaths.root(from: fromPath) + path
    }
}
