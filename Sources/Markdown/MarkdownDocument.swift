/// A parsed Markdown document: Swift values only, no cmark pointer survives parsing.
public struct MarkdownDocument: Sendable, Equatable {
    public var blocks: [Block]
    /// What the parser noticed that the writer should fix.
    public var problems: [MarkdownProblem]

    public init(blocks: [Block], problems: [MarkdownProblem] = []) {
        self.blocks = blocks
        self.problems = problems
    }
}

/// Something in a Markdown text that parses but cannot be rendered as written.
public enum MarkdownProblem: Sendable, Equatable {
    /// A `> [!MARKER]` blockquote whose marker is not a callout kind.
    case unknownCalloutMarker(String, SourceLocation)
    /// Blocks or inlines nested deeper than `MarkdownParser.maximumNesting`; the deeper part is dropped.
    case nestingTooDeep(SourceLocation)
}
