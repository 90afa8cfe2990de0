/// Reads `PackedBlocks` bytes back into a block tree. The bytes come only from `BlockPacker`;
/// should they ever end early, what is missing reads as empty rather than trapping.
enum BlockUnpacker {
    static func blocks(_ cursor: inout PackedCursor) -> [Block] {
        list(&cursor) { block(&$0) }
    }

    /// A list written by `BlockPacker`: its count, then each element; it ends early at an
    /// element that cannot be read.
    private static func list<Element>(_ cursor: inout PackedCursor,
                                      _ element: (inout PackedCursor) -> Element?) -> [Element] {
        let count = cursor.count()
        var list: [Element] = []
        list.reserveCapacity(count)
        for _ in 0..<count {
            guard let next = element(&cursor) else { break }
            list.append(next)
        }
        return list
    }

    private static func block(_ cursor: inout PackedCursor) -> Block? {
        guard let tag = cursor.blockTag() else { return nil }
        switch tag {
        case .paragraph:
            return .paragraph(inlines(&cursor))
        case .heading:
            let level = cursor.number()
            let anchor = cursor.string()
            let inlines = inlines(&cursor)
            return .heading(Heading(level: level, inlines: inlines, anchor: anchor, location: cursor.location()))
        case .blockQuote:
            return .blockQuote(blocks(&cursor))
        case .callout:
            let kind = PackedBlockTag.calloutKind(cursor.number())
            let children = blocks(&cursor)
            return .callout(Callout(kind: kind, blocks: children, location: cursor.location()))
        case .list:
            let header = cursor.listHeader()
            let items = list(&cursor) { cursor -> ListItem? in
                let task = PackedBlockTag.taskState(cursor.number())
                return ListItem(task: task, blocks: blocks(&cursor))
            }
            return .list(List(ordered: header.ordered, start: header.start, tight: header.tight, items: items))
        case .codeBlock:
            let info = cursor.string()
            return .codeBlock(info: info, code: cursor.string())
        case .htmlBlock:
            let html = cursor.string()
            return .htmlBlock(html, cursor.location())
        case .thematicBreak:
            return .thematicBreak
        case .table:
            let alignments = cursor.alignments()
            let header = cells(&cursor)
            let rows = list(&cursor) { cells(&$0) }
            return .table(Table(alignments: alignments, header: header, rows: rows))
        case .footnoteDefinition:
            let number = cursor.footnoteHeader().number
            return .footnoteDefinition(number: number, blocks: blocks(&cursor))
        }
    }

    private static func cells(_ cursor: inout PackedCursor) -> [[Inline]] {
        list(&cursor) { inlines(&$0) }
    }

    private static func inlines(_ cursor: inout PackedCursor) -> [Inline] {
        list(&cursor) { inline(&$0) }
    }

    private static func inline(_ cursor: inout PackedCursor) -> Inline? {
        guard let tag = cursor.inlineTag() else { return nil }
        switch tag {
        case .text: return .text(cursor.string())
        case .softBreak: return .softBreak
        case .lineBreak: return .lineBreak
        case .code: return .code(cursor.string())
        case .html:
            let html = cursor.string()
            return .html(html, cursor.location())
        case .emphasis: return .emphasis(inlines(&cursor))
        case .strong: return .strong(inlines(&cursor))
        case .strikethrough: return .strikethrough(inlines(&cursor))
        case .link:
            let destination = cursor.string()
            let title = cursor.string()
            let children = inlines(&cursor)
            return .link(Link(destination: destination, title: title, children: children, location: cursor.location()))
        case .image:
            let source = cursor.string()
            let title = cursor.string()
            let alt = inlines(&cursor)
            return .image(Image(source: source, title: title, alt: alt, location: cursor.location()))
        case .footnoteReference: return .footnoteReference(cursor.number())
        case .placeholder: return .placeholder(cursor.string())
        }
    }
}
