/// Drops footnote definitions nothing refers to any more and numbers the rest 1, 2, 3
/// in order of definition.
enum FootnoteNumbering {
    static func renumber(_ blocks: inout [Block]) {
        var referenced = Set<Int>()
        var walker = MarkdownWalker()
        walker.visitInline = { inline, _ in if case .footnoteReference(let number) = inline { referenced.insert(number) } }
        walker.walk(blocks.filter { if case .footnoteDefinition = $0 { false } else { true } })

        var newNumbers: [Int: Int] = [:]
        blocks = blocks.compactMap { block in
            guard case .footnoteDefinition(let number, let children) = block else { return block }
            guard referenced.contains(number) else { return nil }
            let renumbered = newNumbers.count + 1
            newNumbers[number] = renumbered
            return .footnoteDefinition(number: renumbered, blocks: children)
        }
        blocks = blocks.map { rewrite($0, newNumbers) }
    }

    private static func rewrite(_ block: Block, _ numbers: [Int: Int]) -> Block {
        switch block {
        case .paragraph(let inlines): return .paragraph(rewrite(inlines, numbers))
        case .heading(var heading):
            heading.inlines = rewrite(heading.inlines, numbers)
            return .heading(heading)
        case .blockQuote(let children): return .blockQuote(children.map { rewrite($0, numbers) })
        case .callout(var callout):
            callout.blocks = callout.blocks.map { rewrite($0, numbers) }
            return .callout(callout)
        case .list(var list):
            for index in list.items.indices {
                list.items[index].blocks = list.items[index].blocks.map { rewrite($0, numbers) }
            }
            return .list(list)
        case .table(var table):
            table.header = table.header.map { rewrite($0, numbers) }
            table.rows = table.rows.map { $0.map { rewrite($0, numbers) } }
            return .table(table)
        case .footnoteDefinition(let number, let children):
            return .footnoteDefinition(number: number, blocks: children.map { rewrite($0, numbers) })
        case .codeBlock, .htmlBlock, .thematicBreak:
            return block
        }
    }

    private static func rewrite(_ inlines: [Inline], _ numbers: [Int: Int]) -> [Inline] {
        inlines.compactMap { inline -> Inline? in
            switch inline {
            case .footnoteReference(let number):
                return numbers[number].map { .footnoteReference($0) }
            case .emphasis(let children): return .emphasis(rewrite(children, numbers))
            case .strong(let children): return .strong(rewrite(children, numbers))
            case .strikethrough(let children): return .strikethrough(rewrite(children, numbers))
            case .link(var link):
                link.children = rewrite(link.children, numbers)
                return .link(link)
            default: return inline
            }
        }
    }
}
