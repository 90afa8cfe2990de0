extension MarkdownDocument {
    /// The whole document (internal callouts included) as readable blocks, in order. Raw HTML
    /// and thematic breaks are left out; links read as their text, images as their description.
    public var readableBlocks: [ReadableBlock] {
        var blocks: [ReadableBlock] = []
        ReadableBlockCollector.collect(self.blocks, context: [], depth: 0, into: &blocks)
        return blocks
    }
}

/// Walks a block tree into `ReadableBlock`s.
enum ReadableBlockCollector {
    static func collect(_ blocks: [Block], context: [ReadableBlock.Container], depth: Int, into result: inout [ReadableBlock]) {
        for block in blocks {
            switch block {
            case .paragraph(let inlines):
                add(.paragraph, PlainText.of(inlines), context: context, depth: depth, into: &result)
            case .heading(let heading):
                add(.heading(level: heading.level), PlainText.of(heading.inlines), context: context, depth: depth, into: &result)
            case .blockQuote(let children):
                collect(children, context: context + [.quote], depth: depth, into: &result)
            case .callout(let callout):
                collect(callout.blocks, context: context + [.callout(callout.kind)], depth: depth, into: &result)
            case .list(let list):
                for (offset, item) in list.items.enumerated() {
                    let marker = list.ordered ? "\(list.start + offset)." : "•"
                    collectItem(item, marker: marker, context: context, depth: depth + 1, into: &result)
                }
            case .codeBlock(_, let code):
                add(.code, code.hasSuffix("\n") ? String(code.dropLast()) : code, context: context, depth: depth, into: &result)
            case .table(let table):
                add(.tableRow(isHeader: true), cells(table.header), context: context, depth: depth, into: &result)
                for row in table.rows {
                    add(.tableRow(isHeader: false), cells(row), context: context, depth: depth, into: &result)
                }
            case .footnoteDefinition(let number, let children):
                collect(children, context: context + [.footnote(number)], depth: depth, into: &result)
            case .htmlBlock, .thematicBreak:
                continue
            }
        }
    }

    /// A list item: its first paragraph is the item's block (with the task box, if any),
    /// the rest follow as they are.
    private static func collectItem(_ item: ListItem, marker: String, context: [ReadableBlock.Container], depth: Int,
                                    into result: inout [ReadableBlock]) {
        let box = switch item.task {
        case .open?: "☐ "
        case .done?: "☑ "
        case nil: ""
        }
        var rest = item.blocks[...]
        var text = box
        if case .paragraph(let inlines)? = rest.first {
            text += PlainText.of(inlines)
            rest = rest.dropFirst()
        }
        if !text.isEmpty || rest.isEmpty {
            result.append(ReadableBlock(kind: .listItem, context: context, depth: depth, text: text, marker: marker))
        }
        collect(Array(rest), context: context, depth: depth, into: &result)
    }

    private static func cells(_ row: [[Inline]]) -> String {
        row.map { PlainText.of($0) }.joined(separator: " · ")
    }

    private static func add(_ kind: ReadableBlock.Kind, _ text: String, context: [ReadableBlock.Container], depth: Int,
                            into result: inout [ReadableBlock]) {
        guard !text.isEmpty else { return }
        result.append(ReadableBlock(kind: kind, context: context, depth: depth, text: text))
    }
}
