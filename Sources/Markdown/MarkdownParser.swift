import CCMarkGFM

/// Parses CommonMark with the GitHub extensions into a `MarkdownDocument`.
///
/// This and `CMarkSession` are the only files that talk to libcmark-gfm: every cmark node is
/// copied into Swift values and freed before `parse` returns. A document with `[!INTERNAL]`
/// callouts is parsed twice: once whole (the staff version), and once with the callouts cut out
/// of the source (the public version), so that nothing resolved across the page (reference and
/// footnote definitions, heading numbers) can carry internal text to the public site.
public enum MarkdownParser {
    /// How deep blocks and inlines may nest before the rest is dropped (and reported).
    public static let maximumNesting = 64

    /// Parses `text`. With `placeholders`, bracketed text that is not a link becomes `Inline.placeholder`.
    /// Without `publicVersion` (a page the public site never shows), the second parse is skipped and
    /// `publicBlocks` is only the tree with its internal callouts taken out.
    public static func parse(_ text: String, placeholders: Bool = false, publicVersion: Bool = true) -> MarkdownDocument {
        let source = MarkdownSource(text)
        var whole = CMarkConverter(source: source, placeholders: placeholders, pass: .whole)
        var blocks = CMarkSession.withDocument(source.text) { root in
            root.map { whole.blocks(ofChildrenOf: $0, depth: 0) } ?? []
        }
        whole.keepInternalFootnotesInternal(&blocks)
        HeadingAnchors.assign(in: &blocks)
        var problems = whole.problems
        problems += BangReferenceLabels.locations(in: source, skipping: whole.verbatimLines).map { .bangReferenceLabel($0) }
        let wholeFacts = DocumentFacts(blocks)
        guard !whole.internalCallouts.isEmpty else {
            return MarkdownDocument(whole: blocks, facts: wholeFacts, public: nil, problems: problems)
        }
        guard publicVersion else {
            let removed = InternalCalloutRemoval.removing(from: blocks)
            return MarkdownDocument(whole: blocks, facts: wholeFacts, public: (removed, DocumentFacts(removed)), problems: problems)
        }

        let cut = InternalCalloutCut(source, removing: whole.internalCallouts)
        var publicPass = CMarkConverter(source: MarkdownSource(cut.text), placeholders: placeholders,
                                        pass: .publicCut(originalLines: cut.originalLines))
        var publicBlocks = CMarkSession.withDocument(cut.text) { root in
            root.map { publicPass.blocks(ofChildrenOf: $0, depth: 0) } ?? []
        }
        if InternalCalloutRemoval.containsInternal(publicBlocks) {
            publicBlocks = InternalCalloutRemoval.removing(from: publicBlocks)
        }
        HeadingAnchors.assign(in: &publicBlocks)
        let publicFacts = DocumentFacts(publicBlocks)
        problems += referencesLostToTheCut(whole: wholeFacts, public: publicFacts)
        let cutVersion = publicBlocks == blocks ? nil : (blocks: publicBlocks, facts: publicFacts)
        return MarkdownDocument(whole: blocks, facts: wholeFacts, public: cutVersion, problems: problems)
    }

    /// Links and images outside internal callouts that the public version no longer has: they
    /// used a reference defined inside a callout.
    private static func referencesLostToTheCut(whole: DocumentFacts, public publicFacts: DocumentFacts) -> [MarkdownProblem] {
        let kept = Set(publicFacts.links.map(\.location))
        return whole.links
            .filter { !$0.insideInternal && !kept.contains($0.location) }
            .map { .referenceDefinedInsideInternal($0.location) }
    }
}

/// Copies a cmark node tree into `Block` and `Inline` values.
private struct CMarkConverter {
    /// Which version of a document is being read.
    enum Pass {
        /// The source as written.
        case whole
        /// The source with internal callouts cut out; positions are turned back into the original's lines.
        case publicCut(originalLines: [Int])
    }

    let source: MarkdownSource
    let placeholders: Bool
    let pass: Pass
    var problems: [MarkdownProblem] = []
    var footnoteCount = 0
    /// Where the `[!INTERNAL]` callouts (and blockquotes kept internal as suspect markers) stand.
    var internalCallouts: [CalloutSpan] = []
    /// Lines of code and HTML blocks, whose text is never Markdown.
    var verbatimLines: [ClosedRange<Int>] = []
    /// Where each footnote definition stood.
    var footnoteLines: [Int: Int] = [:]

    init(source: MarkdownSource, placeholders: Bool, pass: Pass) {
        self.source = source
        self.placeholders = placeholders
        self.pass = pass
    }

    private func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    private func location(of node: OpaquePointer) -> SourceLocation {
        let line = Int(cmark_node_get_start_line(node))
        let column = Int(cmark_node_get_start_column(node))
        guard case .publicCut(let originalLines) = pass, originalLines.indices.contains(line - 1) else {
            return SourceLocation(line: line, column: column)
        }
        return SourceLocation(line: originalLines[line - 1], column: column)
    }

    private func lines(of node: OpaquePointer) -> ClosedRange<Int> {
        let start = Int(cmark_node_get_start_line(node))
        return start...max(start, Int(cmark_node_get_end_line(node)))
    }

    /// Where a link's `[` (or an image's `![`) stands. cmark gives a link the line of its
    /// closing bracket, so when the text wraps the first child's position is the truer one.
    private func openerLocation(of node: OpaquePointer, openerLength: Int) -> SourceLocation {
        guard let child = cmark_node_first_child(node), cmark_node_get_start_line(child) > 0 else {
            return location(of: node)
        }
        let childLocation = location(of: child)
        return SourceLocation(line: childLocation.line, column: max(childLocation.column - openerLength, 1))
    }

    private func literal(of node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    private func typeName(of node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }

    private mutating func tooDeep(_ node: OpaquePointer, _ depth: Int) -> Bool {
        guard depth > MarkdownParser.maximumNesting else { return false }
        if !problems.contains(where: { if case .nestingTooDeep = $0 { true } else { false } }) {
            problems.append(.nestingTooDeep(location(of: node)))
        }
        return true
    }

    mutating func blocks(ofChildrenOf node: OpaquePointer, depth: Int) -> [Block] {
        if tooDeep(node, depth) { return [] }
        return converted(childrenOf: node) { $0.block($1, depth: depth + 1) }
    }

    mutating func inlines(ofChildrenOf node: OpaquePointer, depth: Int) -> [Inline] {
        if tooDeep(node, depth) { return [] }
        let converted = converted(childrenOf: node) { $0.inline($1, depth: depth + 1) }
        return placeholders ? PlaceholderSplitter.split(converted) : converted
    }

    /// Each child of `node` converted, walking cmark's sibling links (no array of the children first).
    private mutating func converted<Element>(childrenOf node: OpaquePointer,
                                             _ convert: (inout CMarkConverter, OpaquePointer) -> Element?) -> [Element] {
        var result: [Element] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            if let element = convert(&self, current) { result.append(element) }
            child = cmark_node_next(current)
        }
        return result
    }

    private mutating func block(_ node: OpaquePointer, depth: Int) -> Block? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(inlines(ofChildrenOf: node, depth: depth))
        case CMARK_NODE_HEADING:
            return .heading(Heading(level: Int(cmark_node_get_heading_level(node)),
                                    inlines: inlines(ofChildrenOf: node, depth: depth),
                                    location: location(of: node)))
        case CMARK_NODE_BLOCK_QUOTE:
            return blockQuote(node, depth: depth)
        case CMARK_NODE_LIST:
            return .list(list(node, depth: depth))
        case CMARK_NODE_CODE_BLOCK:
            verbatimLines.append(lines(of: node))
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            return .codeBlock(info: info, code: literal(of: node))
        case CMARK_NODE_HTML_BLOCK:
            verbatimLines.append(lines(of: node))
            let html = literal(of: node)
            if case .publicCut = pass, html.trimmingTrailingNewlines == InternalCalloutCut.placeholder { return nil }
            return .htmlBlock(html, location(of: node))
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            footnoteCount += 1
            footnoteLines[footnoteCount] = Int(cmark_node_get_start_line(node))
            return .footnoteDefinition(number: footnoteCount, blocks: blocks(ofChildrenOf: node, depth: depth))
        default:
            if typeName(of: node) == "table" { return .table(table(node, depth: depth)) }
            return nil
        }
    }

    private mutating func blockQuote(_ node: OpaquePointer, depth: Int) -> Block {
        let content = blocks(ofChildrenOf: node, depth: depth)
        switch CalloutMarker.recognize(content, firstLine: firstLineOfFirstChild(node)) {
        case .callout(let kind, let rest):
            if kind == .internal { internalCallouts.append(span(of: node)) }
            return .callout(Callout(kind: kind, blocks: rest, location: location(of: node)))
        case .suspect(let suspicion):
            problems.append(problem(suspicion, at: location(of: node)))
            // Reported as an error, and kept off the public site should it ever be built.
            internalCallouts.append(span(of: node))
            return .callout(Callout(kind: .internal, blocks: content, location: location(of: node)))
        case .none:
            return .blockQuote(content)
        }
    }

    private func problem(_ suspicion: CalloutMarker.Suspicion, at location: SourceLocation) -> MarkdownProblem {
        switch suspicion {
        case .unknown(let written, let suggestion): .unknownCalloutMarker(written, suggestion: suggestion, location)
        case .irregular(let written, let kind): .irregularCalloutMarker(written, kind, location)
        case .likelyInternal(let written): .likelyInternalMarker(written, location)
        }
    }

    private func span(of node: OpaquePointer) -> CalloutSpan {
        CalloutSpan(startLine: Int(cmark_node_get_start_line(node)), startColumn: Int(cmark_node_get_start_column(node)),
                    endLine: Int(cmark_node_get_end_line(node)))
    }

    /// The source of a blockquote's first child's first line, from where the child starts.
    private func firstLineOfFirstChild(_ node: OpaquePointer) -> ArraySlice<UInt8> {
        guard let child = cmark_node_first_child(node) else { return [] }
        return source.line(Int(cmark_node_get_start_line(child)), from: Int(cmark_node_get_start_column(child)))
    }

    /// cmark moves every footnote definition to the end of the document; one written inside
    /// an `[!INTERNAL]` callout is wrapped in one again, so the public view drops its text.
    func keepInternalFootnotesInternal(_ blocks: inout [Block]) {
        for index in blocks.indices {
            guard case .footnoteDefinition(let number, let children) = blocks[index],
                  let line = footnoteLines[number],
                  internalCallouts.contains(where: { ($0.startLine...$0.endLine).contains(line) })
            else { continue }
            let wrapped = Callout(kind: .internal, blocks: children, location: SourceLocation(line: line, column: 1))
            blocks[index] = .footnoteDefinition(number: number, blocks: [.callout(wrapped)])
        }
    }

    private mutating func list(_ node: OpaquePointer, depth: Int) -> List {
        let items = children(of: node).map { item -> ListItem in
            let task: ListItem.TaskState?
            if typeName(of: item) == "tasklist" {
                task = cmark_gfm_extensions_get_tasklist_item_checked(item) ? .done : .open
            } else {
                task = nil
            }
            return ListItem(task: task, blocks: blocks(ofChildrenOf: item, depth: depth + 1))
        }
        return List(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                    start: Int(cmark_node_get_list_start(node)),
                    tight: cmark_node_get_list_tight(node) != 0,
                    items: items)
    }

    private mutating func table(_ node: OpaquePointer, depth: Int) -> Table {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [Table.Alignment] = []
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            for index in 0..<columns {
                switch UInt8(raw[index]) {
                case UInt8(ascii: "l"): alignments.append(.left)
                case UInt8(ascii: "c"): alignments.append(.center)
                case UInt8(ascii: "r"): alignments.append(.right)
                default: alignments.append(.none)
                }
            }
        }
        var header: [[Inline]] = []
        var rows: [[[Inline]]] = []
        for row in children(of: node) {
            let cells = children(of: row).map { inlines(ofChildrenOf: $0, depth: depth + 2) }
            if typeName(of: row) == "table_header" { header = cells } else { rows.append(cells) }
        }
        return Table(alignments: alignments, header: header, rows: rows)
    }

    private mutating func inline(_ node: OpaquePointer, depth: Int) -> Inline? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return .text(literal(of: node))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(literal(of: node))
        case CMARK_NODE_HTML_INLINE: return .html(literal(of: node), location(of: node))
        case CMARK_NODE_EMPH: return .emphasis(inlines(ofChildrenOf: node, depth: depth))
        case CMARK_NODE_STRONG: return .strong(inlines(ofChildrenOf: node, depth: depth))
        case CMARK_NODE_LINK:
            return .link(Link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                              children: withoutPlaceholders(inlines(ofChildrenOf: node, depth: depth)),
                              location: openerLocation(of: node, openerLength: 1)))
        case CMARK_NODE_IMAGE:
            return .image(Image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                                alt: withoutPlaceholders(inlines(ofChildrenOf: node, depth: depth)),
                                location: openerLocation(of: node, openerLength: 2)))
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            return .footnoteReference(Int(literal(of: node)) ?? 0)
        default:
            if typeName(of: node) == "strikethrough" { return .strikethrough(inlines(ofChildrenOf: node, depth: depth)) }
            return nil
        }
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    /// Inside a link, bracketed text is part of the link text, never a fill-in field.
    private func withoutPlaceholders(_ inlines: [Inline]) -> [Inline] {
        inlines.map { if case .placeholder(let name) = $0 { .text("[\(name)]") } else { $0 } }
    }
}

private extension String {
    var trimmingTrailingNewlines: Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == "\n" { end = index(before: end) }
        return self[..<end]
    }
}
