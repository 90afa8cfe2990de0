/// A parsed Markdown document: Swift values only, no cmark pointer survives parsing.
///
/// Its trees are kept packed (`PackedBlocks`), with what validation asks of them (links,
/// anchors, raw HTML, fill-in fields) worked out once when the document is made.
public struct MarkdownDocument: Sendable, Equatable {
    private let wholeTree: PackedBlocks
    private let wholeFacts: DocumentFacts
    /// The public version, `nil` when it is the whole document (no `[!INTERNAL]` callout).
    private let publicVersion: (tree: PackedBlocks, facts: DocumentFacts)?
    /// What the parser noticed that the writer should fix.
    public var problems: [MarkdownProblem]

    /// Every link and image destination, in source order.
    public var links: [LinkOccurrence] { wholeFacts.links }
    /// Every heading anchor, in source order.
    public var anchors: [AnchorOccurrence] { wholeFacts.anchors }
    /// Where raw HTML stands in the source (it is never rendered).
    public var rawHTMLLocations: [SourceLocation] { wholeFacts.rawHTMLLocations }
    /// The names of the fill-in fields, each once, in order of first appearance.
    public var placeholderNames: [String] { wholeFacts.placeholderNames }

    /// The whole document, `[!INTERNAL]` callouts included: what the staff site shows.
    public var blocks: [Block] { wholeTree.blocks }

    /// `blocks`, packed: what the renderer and the readable text read in place.
    var packedBlocks: PackedBlocks { wholeTree }

    /// The document the public site shows: parsed from the source with every `[!INTERNAL]`
    /// callout cut out (`InternalCalloutCut`), so nothing written inside one can reach it.
    public var publicBlocks: [Block] { (publicVersion?.tree ?? wholeTree).blocks }

    /// A document whose public version is `blocks` with the internal callouts taken out of the tree.
    public init(blocks: [Block], problems: [MarkdownProblem] = []) {
        self.init(blocks: blocks, publicBlocks: InternalCalloutRemoval.removing(from: blocks), problems: problems)
    }

    public init(blocks: [Block], publicBlocks: [Block], problems: [MarkdownProblem]) {
        self.init(whole: blocks, facts: DocumentFacts(blocks),
                  public: publicBlocks == blocks ? nil : (publicBlocks, DocumentFacts(publicBlocks)), problems: problems)
    }

    /// A document from trees whose facts the parser has already found; `public` is `nil` when
    /// the public version is the whole document.
    init(whole: [Block], facts: DocumentFacts, public publicVersion: (blocks: [Block], facts: DocumentFacts)?,
         problems: [MarkdownProblem]) {
        self.init(whole: PackedBlocks(whole), facts: facts,
                  public: publicVersion.map { (PackedBlocks($0.blocks), $0.facts) }, problems: problems)
    }

    private init(whole: PackedBlocks, facts: DocumentFacts, public publicVersion: (tree: PackedBlocks, facts: DocumentFacts)?,
                 problems: [MarkdownProblem]) {
        wholeTree = whole
        wholeFacts = facts
        self.publicVersion = publicVersion
        self.problems = problems
    }

    /// The document as the public may read it (`publicBlocks`): every `[!INTERNAL]` callout
    /// removed before the page was resolved, wherever it stood.
    public func removingInternalCallouts() -> MarkdownDocument {
        guard let publicVersion else { return self }
        return MarkdownDocument(whole: publicVersion.tree, facts: publicVersion.facts, public: nil, problems: problems)
    }

    public static func == (lhs: MarkdownDocument, rhs: MarkdownDocument) -> Bool {
        lhs.wholeTree == rhs.wholeTree && lhs.wholeFacts == rhs.wholeFacts && lhs.problems == rhs.problems
            && lhs.publicVersion?.tree == rhs.publicVersion?.tree && lhs.publicVersion?.facts == rhs.publicVersion?.facts
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
