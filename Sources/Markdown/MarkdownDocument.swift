/// A parsed Markdown document: Swift values only, no cmark pointer survives parsing.
public struct MarkdownDocument: Sendable, Equatable {
    /// The whole document, `[!INTERNAL]` callouts included: what the staff site shows.
    public var blocks: [Block]
    /// The document the public site shows: parsed from the source with every `[!INTERNAL]`
    /// callout cut out (`InternalCalloutCut`), so nothing written inside one can reach it.
    public var publicBlocks: [Block]
    /// What the parser noticed that the writer should fix.
    public var problems: [MarkdownProblem]

    /// A document whose public version is `blocks` with the internal callouts taken out of the tree.
    public init(blocks: [Block], problems: [MarkdownProblem] = []) {
        self.init(blocks: blocks, publicBlocks: InternalCalloutRemoval.removing(from: blocks), problems: problems)
    }

    public init(blocks: [Block], publicBlocks: [Block], problems: [MarkdownProblem]) {
        self.blocks = blocks
        self.publicBlocks = publicBlocks
        self.problems = problems
    }
}

/// Something in a Markdown text that parses but cannot be rendered as written.
public enum MarkdownProblem: Sendable, Equatable {
    /// A `> [!MARKER]` blockquote whose marker is not a callout kind (as written; the kind it is closest to).
    case unknownCalloutMarker(String, suggestion: CalloutKind?, SourceLocation)
    /// A marker that reads as `[!KIND]` only once spaces, invisible or look-alike characters or formatting are set aside.
    case irregularCalloutMarker(String, CalloutKind, SourceLocation)
    /// A blockquote that opens with something close to `[!INTERNAL]` without being a marker.
    case likelyInternalMarker(String, SourceLocation)
    /// A link reference definition whose label starts with `!`: it would turn callout markers into links.
    case bangReferenceLabel(SourceLocation)
    /// A link or image outside internal callouts that uses a reference defined inside one:
    /// the public site shows it as plain text.
    case referenceDefinedInsideInternal(SourceLocation)
    /// Blocks or inlines nested deeper than `MarkdownParser.maximumNesting`; the deeper part is dropped.
    case nestingTooDeep(SourceLocation)
}
