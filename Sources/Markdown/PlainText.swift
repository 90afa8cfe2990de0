/// The readable text of inlines and blocks, without markup: for anchors, summaries and search.
public enum PlainText {
    public static func of(_ inlines: [Inline]) -> String {
        var text = ""
        for inline in inlines {
            switch inline {
            case .text(let value), .code(let value): text += value
            case .softBreak, .lineBreak: text += " "
            case .html: continue
            case .emphasis(let children), .strong(let children), .strikethrough(let children): text += of(children)
            case .link(let link): text += of(link.children)
            case .image(let image): text += of(image.alt)
            case .footnoteReference: continue
            case .placeholder(let name): text += "[\(name)]"
            }
        }
        return text
    }
}
