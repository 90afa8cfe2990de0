/// Visits every block and inline of a document in source order, telling whether each
/// stands inside an `[!INTERNAL]` callout.
struct MarkdownWalker {
    var visitBlock: (Block, _ insideInternal: Bool) -> Void = { _, _ in }
    var visitInline: (Inline, _ insideInternal: Bool) -> Void = { _, _ in }

    func walk(_ blocks: [Block], insideInternal: Bool = false) {
        for block in blocks {
            visitBlock(block, insideInternal)
            switch block {
            case .paragraph(let inlines): walk(inlines, insideInternal: insideInternal)
            case .heading(let heading): walk(heading.inlines, insideInternal: insideInternal)
            case .blockQuote(let children), .footnoteDefinition(_, let children):
                walk(children, insideInternal: insideInternal)
            case .callout(let callout):
                walk(callout.blocks, insideInternal: insideInternal || callout.kind == .internal)
            case .list(let list):
                for item in list.items { walk(item.blocks, insideInternal: insideInternal) }
            case .table(let table):
                for cell in table.header + table.rows.flatMap({ $0 }) { walk(cell, insideInternal: insideInternal) }
            case .codeBlock, .htmlBlock, .thematicBreak:
                continue
            }
        }
    }

    func walk(_ inlines: [Inline], insideInternal: Bool) {
        for inline in inlines {
            visitInline(inline, insideInternal)
            switch inline {
            case .emphasis(let children), .strong(let children), .strikethrough(let children):
                walk(children, insideInternal: insideInternal)
            case .link(let link): walk(link.children, insideInternal: insideInternal)
            case .image(let image): walk(image.alt, insideInternal: insideInternal)
            default: continue
            }
        }
    }
}
