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

    /// Appends the text of the inlines at `cursor` (a packed tree's) as UTF-8, moving past them.
    static func append(_ cursor: inout PackedCursor, to text: inout [UInt8]) {
        for _ in 0..<cursor.count() {
            guard let tag = cursor.inlineTag() else { break }
            switch tag {
            case .text, .code: text.append(contentsOf: cursor.text())
            case .softBreak, .lineBreak: text.append(0x20)
            case .html:
                cursor.passOverRawHTML()
            case .emphasis, .strong, .strikethrough: append(&cursor, to: &text)
            case .link, .image:
                _ = cursor.text()
                _ = cursor.text()
                append(&cursor, to: &text)
                _ = cursor.location()
            case .footnoteReference: _ = cursor.number()
            case .placeholder:
                text.append(UInt8(ascii: "["))
                text.append(contentsOf: cursor.text())
                text.append(UInt8(ascii: "]"))
            }
        }
    }
}
