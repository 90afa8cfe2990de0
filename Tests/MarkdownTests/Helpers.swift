@testable import Markdown

/// Renders Markdown with links passed through unchanged (unless `resolve` says otherwise).
func renderHTML(_ markdown: String,
                placeholders: Bool = false,
                style: HTMLRenderOptions.PlaceholderStyle = .text,
                publicView: Bool = false,
                resolve: @escaping @Sendable (String) -> String? = { $0 }) -> String {
    var document = MarkdownParser.parse(markdown, placeholders: placeholders)
    if publicView { document = document.removingInternalCallouts() }
    return HTMLRenderer(options: HTMLRenderOptions(resolveLink: resolve, placeholderStyle: style)).render(document)
}

func render(_ document: MarkdownDocument, style: HTMLRenderOptions.PlaceholderStyle = .text) -> String {
    HTMLRenderer(options: HTMLRenderOptions(resolveLink: { $0 }, placeholderStyle: style)).render(document)
}

/// Every callout kind in the document, depth first, in source order.
func calloutKinds(in blocks: [Block]) -> [CalloutKind] {
    var kinds: [CalloutKind] = []
    func visit(_ blocks: [Block]) {
        for block in blocks {
            switch block {
            case .callout(let callout):
                kinds.append(callout.kind)
                visit(callout.blocks)
            case .blockQuote(let children), .footnoteDefinition(_, let children):
                visit(children)
            case .list(let list):
                for item in list.items { visit(item.blocks) }
            default:
                continue
            }
        }
    }
    visit(blocks)
    return kinds
}
