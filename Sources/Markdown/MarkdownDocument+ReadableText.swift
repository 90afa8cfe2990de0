/// The words of a document as a reader sees them, for the search index.
public struct ReadableText: Sendable, Equatable {
    /// Each heading's text, in order.
    public var headings: [String]
    /// Every block's text but the headings', in order.
    public var body: [String]
    /// Headings and body in document order.
    public var all: [String]
}

extension MarkdownDocument {
    /// The text of every heading and block, without markup; placeholders read as their names.
    public var readableText: ReadableText {
        var text = ReadableText(headings: [], body: [], all: [])
        Self.collect(blocks, into: &text)
        return text
    }

    private static func collect(_ blocks: [Block], into text: inout ReadableText) {
        for block in blocks {
            switch block {
            case .heading(let heading):
                let words = PlainText.of(heading.inlines)
                text.headings.append(words)
                text.all.append(words)
            case .paragraph(let inlines):
                add(PlainText.of(inlines), to: &text)
            case .codeBlock(_, let code):
                add(code, to: &text)
            case .table(let table):
                for cell in table.header { add(PlainText.of(cell), to: &text) }
                for row in table.rows {
                    for cell in row { add(PlainText.of(cell), to: &text) }
                }
            case .blockQuote(let children), .footnoteDefinition(_, let children):
                collect(children, into: &text)
            case .callout(let callout):
                collect(callout.blocks, into: &text)
            case .list(let list):
                for item in list.items { collect(item.blocks, into: &text) }
            case .htmlBlock, .thematicBreak:
                continue
            }
        }
    }

    private static func add(_ words: String, to text: inout ReadableText) {
        guard !words.isEmpty else { return }
        text.body.append(words)
        text.all.append(words)
    }
}
