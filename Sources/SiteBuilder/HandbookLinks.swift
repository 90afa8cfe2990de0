import CasebookCore

/// The links of a body written into the handbook, where many pages' bodies share one file: a
/// link to a page the handbook holds goes to that page's section (with a fragment, to the
/// heading within it), a fragment of the page's own goes to its own heading there, and any
/// other link is written as from any page at the handbook's depth.
struct HandbookLinks: Sendable {
    /// Links from the handbook's file.
    let links: LinkHrefs
    /// The pages whose bodies the handbook holds.
    let entries: Set<PageKey>

    /// The `href` of `target`, written in the body of `page`.
    func href(for target: LinkTarget, in page: PageKey) -> String? {
        switch target {
        case .page(let key, let fragment) where entries.contains(key):
            return "#" + (fragment.map { HandbookPage.idPrefix(of: key) + $0 } ?? HandbookPage.anchor(of: key))
        case .samePage(nil, let fragment?) where entries.contains(page):
            return "#" + HandbookPage.idPrefix(of: page) + fragment
        case .samePage(let query, let fragment):
            // The page's own address with its query: the handbook has no query of its own.
            guard let own = links.href(for: .page(page, fragment: nil)) else { return nil }
            return own + (query.map { "?\($0)" } ?? "") + (fragment.map { "#\($0)" } ?? "")
        default:
            return links.href(for: target)
        }
    }
}
