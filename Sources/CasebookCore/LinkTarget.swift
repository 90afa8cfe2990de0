/// What a link or image destination in a page points at, once resolved.
public enum LinkTarget: Sendable, Hashable {
    /// An address with an allowed scheme (`http`, `https`, `mailto`, `tel`), written as is.
    case external(String)
    /// Another page (or this one), optionally at a heading.
    case page(PageKey, fragment: String?)
    /// A heading of the same page.
    case samePage(fragment: String)
    /// A file under `content/` that is not a page; the path is relative to `content/`.
    case file(String, fragment: String?)
    /// Not rendered as a link: an unsafe scheme, an empty destination or a broken target.
    case dropped
}
