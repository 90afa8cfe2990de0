/// One block of a document as a reader sees it, without markup: a heading, a paragraph, a
/// list item, a code block or a table row, with the callouts and quotes it stands in. Redlines
/// compare two versions of a page block by block, so the comparison reads like the page.
public struct ReadableBlock: Sendable, Hashable {
    /// What the block is on the page.
    public enum Kind: Sendable, Hashable {
        case heading(level: Int)
        case paragraph
        /// The first paragraph of a list item; a task item's text starts with ☐ or ☑.
        case listItem
        case code
        case tableRow(isHeader: Bool)
    }

    /// Something a block stands in; a site names it in its language.
    public enum Container: Sendable, Hashable {
        case quote
        case callout(CalloutKind)
        /// The footnote of this number.
        case footnote(Int)
    }

    public var kind: Kind
    /// The callouts, quotes and footnotes around the block, outermost first.
    public var context: [Container]
    /// How many lists the block stands in.
    public var depth: Int
    /// The words; a table row's cells are joined with " · ".
    public var text: String
    /// An ordered list item's number ("3."), a bullet's "•"; `nil` for other blocks. Not
    /// compared: inserting an item renumbers the ones after it without changing them.
    public var marker: String?

    public init(kind: Kind, context: [Container] = [], depth: Int = 0, text: String, marker: String? = nil) {
        self.kind = kind
        self.context = context
        self.depth = depth
        self.text = text
        self.marker = marker
    }

    public static func == (lhs: ReadableBlock, rhs: ReadableBlock) -> Bool {
        lhs.kind == rhs.kind && lhs.context == rhs.context && lhs.depth == rhs.depth && lhs.text == rhs.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(context)
        hasher.combine(depth)
        hasher.combine(text)
    }
}
