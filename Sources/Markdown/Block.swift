/// A block-level element of a parsed Markdown document.
public enum Block: Sendable, Equatable {
    case paragraph([Inline])
    case heading(Heading)
    case blockQuote([Block])
    case callout(Callout)
    case list(List)
    case codeBlock(info: String, code: String)
    /// Raw HTML from the source; never rendered, kept so validation can point at it.
    case htmlBlock(String, SourceLocation)
    case thematicBreak
    case table(Table)
    /// A footnote's text; `number` matches `Inline.footnoteReference`.
    case footnoteDefinition(number: Int, blocks: [Block])
}

/// A heading with the anchor it is reachable under.
public struct Heading: Sendable, Equatable {
    public var level: Int
    public var inlines: [Inline]
    /// The `id` of the heading, unique in its document; assigned by `HeadingAnchors`.
    public var anchor: String
    public var location: SourceLocation

    public init(level: Int, inlines: [Inline], anchor: String = "", location: SourceLocation) {
        self.level = level
        self.inlines = inlines
        self.anchor = anchor
        self.location = location
    }
}

/// A blockquote recognised as a GitHub alert (`> [!NOTE]`).
public struct Callout: Sendable, Equatable {
    public var kind: CalloutKind
    public var blocks: [Block]
    public var location: SourceLocation

    public init(kind: CalloutKind, blocks: [Block], location: SourceLocation) {
        self.kind = kind
        self.blocks = blocks
        self.location = location
    }
}

/// A bulleted or numbered list.
public struct List: Sendable, Equatable {
    public var ordered: Bool
    public var start: Int
    public var tight: Bool
    public var items: [ListItem]

    public init(ordered: Bool, start: Int, tight: Bool, items: [ListItem]) {
        self.ordered = ordered
        self.start = start
        self.tight = tight
        self.items = items
    }
}

/// One item of a list; `task` is set for GFM task-list items.
public struct ListItem: Sendable, Equatable {
    public enum TaskState: Sendable, Equatable { case open, done }
    public var task: TaskState?
    public var blocks: [Block]

    public init(task: TaskState? = nil, blocks: [Block]) {
        self.task = task
        self.blocks = blocks
    }
}

/// A GFM table.
public struct Table: Sendable, Equatable {
    public enum Alignment: Sendable, Equatable { case none, left, center, right }
    public var alignments: [Alignment]
    public var header: [[Inline]]
    public var rows: [[[Inline]]]

    public init(alignments: [Alignment], header: [[Inline]], rows: [[[Inline]]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }
}
