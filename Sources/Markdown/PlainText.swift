/// The readable text of inlines and blocks, without markup: for anchors, summaries and search.
public enum PlainText {
    public static func of(_ inlines: [Inline]) -> String {
        var text = ""
        append(inlines, to: &text)
        return text
    }

    /// Appends the text of `inlines` to `text`, without a string per nested inline.
    public static func append(_ inlines: [Inline], to text: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let value), .code(let value): text += value
            case .softBreak, .lineBreak: text += " "
            case .html: continue
            case .emphasis(let children), .strong(let children), .strikethrough(let children): append(children, to: &text)
            case .link(let link): append(link.children, to: &text)
            case .image(let image): append(image.alt, to: &text)
            case .footnoteReference: continue
            case .placeholder(let name): text += "[\(name)]"
            }
        }
    }
}
