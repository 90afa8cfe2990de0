/// What a link or image destination in a page points at, once resolved.
public enum LinkTarget: Sendable, Hashable {
    /// An address with an allowed scheme (`http`, `https`, `mailto`, `tel`), written as is.
    case external(String)
    /// Another page (or this one), optionally at a heading. Fragments are as written, percent
    /// escapes and all.
    case page(PageKey, fragment: String?)
    /// The same page: `#heading`, `?query` or both, written as they stand.
    case samePage(query: String?, fragment: String?)
    /// A file under `content/` that is not a page; the path is relative to `content/`.
    case file(String, fragment: String?)
    /// Not rendered as a link: an unsafe scheme, an empty destination or a broken target.
    case dropped
}
