import HTMLEscaping

/// Renders a `MarkdownDocument` as an HTML fragment.
///
/// It reads the document's packed tree in place (`PackedCursor`), writing bytes as it goes:
/// no tree is unpacked to render a page. Raw HTML from the source is never written; links go
/// through `HTMLRenderOptions.resolveLink`.
public struct HTMLRenderer: Sendable {
    public var options: HTMLRenderOptions

    public init(options: HTMLRenderOptions) {
        self.options = options
    }

    public func render(_ document: MarkdownDocument) -> String {
        render(document.packedBlocks)
    }

    func render(_ blocks: PackedBlocks) -> String {
        var writer = HTMLWriter(options: options)
        blocks.withCursor { writer.document(&$0) }
        return String(decoding: writer.html, as: UTF8.self)
    }
}

/// The HTML of one document, written block by block from its packed tree.
private struct HTMLWriter {
    let options: HTMLRenderOptions
    var html: [UInt8] = []

    /// `options.idPrefix`, escaped for an attribute once.
    private let idPrefix: String

    init(options: HTMLRenderOptions) {
        self.options = options
        idPrefix = HTMLEscaping.escape(options.idPrefix)
        html.reserveCapacity(4_096)
    }

    /// The top-level blocks, with the footnote definitions gathered at the end, as cmark does.
    mutating func document(_ cursor: inout PackedCursor) {
        var footnotes: [(number: Int, offset: Int)] = []
        for _ in 0..<cursor.count() {
            guard let tag = cursor.blockTag() else { break }
            guard tag == .footnoteDefinition else {
                block(tag, &cursor, tight: false)
                continue
            }
            let header = cursor.footnoteHeader()
            footnotes.append((header.number, cursor.position))
            cursor.skip(header.length)
        }
        guard !footnotes.isEmpty else { return }
        write("<section class=\"footnotes\" aria-label=\"")
        escape(options.words.footnotes)
        write("\">\n<ol>\n")
        for footnote in footnotes {
            var blocks = cursor.at(footnote.offset)
            self.footnote(footnote.number, &blocks)
        }
        write("</ol>\n</section>\n")
    }

    // MARK: Blocks

    private mutating func blocks(_ cursor: inout PackedCursor, tight: Bool) {
        for _ in 0..<cursor.count() {
            guard let tag = cursor.blockTag() else { break }
            block(tag, &cursor, tight: tight)
        }
    }

    private mutating func block(_ tag: PackedBlockTag, _ cursor: inout PackedCursor, tight: Bool) {
        switch tag {
        case .paragraph:
            if tight {
                inlines(&cursor)
                write("\n")
            } else {
                write("<p>")
                inlines(&cursor)
                write("</p>\n")
            }
        case .heading:
            let level = String(min(6, cursor.number() + options.headingLevelOffset))
            var anchor: [UInt8] = []
            HTMLEscaping.append(utf8: cursor.text(), to: &anchor)
            write("<h" + level + " id=\"" + idPrefix)
            html += anchor
            write("\">")
            inlines(&cursor)
            write(" <a class=\"heading-anchor\" href=\"#" + idPrefix)
            html += anchor
            write("\" aria-label=\"")
            escape(options.words.sectionLink)
            write("\">#</a></h" + level + ">\n")
            _ = cursor.location()
        case .blockQuote:
            write(options.marksScriptText ? "<blockquote class=\"script-text\">\n" : "<blockquote>\n")
            blocks(&cursor, tight: false)
            write("</blockquote>\n")
        case .callout:
            let kind = PackedBlockTag.calloutKind(cursor.number())
            write("<div class=\"callout callout-" + kind.rawValue + "\" role=\"note\">\n<p class=\"callout-title\">")
            escape(options.words.calloutTitle(kind))
            write("</p>\n")
            blocks(&cursor, tight: false)
            write("</div>\n")
            _ = cursor.location()
        case .list:
            list(&cursor)
        case .codeBlock:
            let language = Self.language(ofInfo: cursor.text())
            write("<pre><code")
            if !language.isEmpty {
                write(" class=\"language-")
                escape(language)
                write("\"")
            }
            write(">")
            escape(cursor.text())
            write("</code></pre>\n")
        case .htmlBlock:
            cursor.passOverRawHTML()
        case .thematicBreak:
            write("<hr>\n")
        case .table:
            table(&cursor)
        case .footnoteDefinition:
            // Only a tree made by hand has one below the top level: it is written where it stands.
            write("<section class=\"footnotes\" aria-label=\"")
            escape(options.words.footnotes)
            write("\">\n<ol>\n")
            footnote(cursor.footnoteHeader().number, &cursor)
            write("</ol>\n</section>\n")
        }
    }

    /// A code fence's language, as cmark takes it: the info string up to the first space, tab,
    /// line or form feed, vertical tab or carriage return (all ASCII, so never inside a character).
    private static func language(ofInfo info: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let end = info.firstIndex { [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D].contains($0) } ?? info.count
        return UnsafeBufferPointer(rebasing: info[0..<end])
    }

    private mutating func list(_ cursor: inout PackedCursor) {
        let header = cursor.listHeader()
        let classAttribute = header.hasTasks ? " class=\"task-list\"" : ""
        if header.ordered {
            write("<ol" + (header.start == 1 ? "" : " start=\"\(header.start)\"") + classAttribute + ">\n")
        } else {
            write("<ul" + classAttribute + ">\n")
        }
        for _ in 0..<cursor.count() {
            if let task = PackedBlockTag.taskState(cursor.number()) {
                write("<li class=\"task-item\"><input type=\"checkbox\" disabled" + (task == .done ? " checked" : "")
                      + " aria-label=\"")
                escape(options.words.checklistItem)
                write("\"> ")
            } else {
                write("<li>")
            }
            blocks(&cursor, tight: header.tight)
            write("</li>\n")
        }
        write(header.ordered ? "</ol>\n" : "</ul>\n")
    }

    private mutating func table(_ cursor: inout PackedCursor) {
        let alignments = cursor.alignments()
        write("<div class=\"table-wrap\"><table>\n<thead>\n")
        row(&cursor, cell: "th", alignments: alignments)
        write("</thead>\n")
        let rows = cursor.count()
        if rows > 0 {
            write("<tbody>\n")
            for _ in 0..<rows { row(&cursor, cell: "td", alignments: alignments) }
            write("</tbody>\n")
        }
        write("</table></div>\n")
    }

    private mutating func row(_ cursor: inout PackedCursor, cell: String, alignments: [Table.Alignment]) {
        write("<tr>")
        for index in 0..<cursor.count() {
            let alignment = index < alignments.count ? alignments[index] : .none
            let style = switch alignment {
            case .none: ""
            case .left: " style=\"text-align: left\""
            case .center: " style=\"text-align: center\""
            case .right: " style=\"text-align: right\""
            }
            write("<" + cell + (cell == "th" ? " scope=\"col\"" : "") + style + ">")
            inlines(&cursor)
            write("</" + cell + ">")
        }
        write("</tr>\n")
    }

    /// One footnote's item, its blocks at `cursor`; the link back goes inside its last
    /// paragraph when it ends with one, else on a line of its own, as cmark writes it.
    private mutating func footnote(_ number: Int, _ cursor: inout PackedCursor) {
        write("<li id=\"\(idPrefix)fn-\(number)\">\n")
        let backLink = "<a href=\"#\(idPrefix)fnref-\(number)\" class=\"footnote-backref\" aria-label=\"" + HTMLEscaping.escape(options.words.backToReference(number)) + "\">↩</a>"
        let count = cursor.count()
        var endsInParagraph = false
        for index in 0..<count {
            guard let tag = cursor.blockTag() else { break }
            if index == count - 1, tag == .paragraph {
                write("<p>")
                inlines(&cursor)
                write(" " + backLink + "</p>\n")
                endsInParagraph = true
            } else {
                block(tag, &cursor, tight: false)
            }
        }
        if !endsInParagraph { write(backLink + "\n") }
        write("</li>\n")
    }

    // MARK: Inlines

    private mutating func inlines(_ cursor: inout PackedCursor) {
        for _ in 0..<cursor.count() {
            guard let tag = cursor.inlineTag() else { break }
            inline(tag, &cursor)
        }
    }

    private mutating func inline(_ tag: PackedInlineTag, _ cursor: inout PackedCursor) {
        switch tag {
        case .text: escape(cursor.text())
        case .softBreak: write("\n")
        case .lineBreak: write("<br>\n")
        case .code:
            write("<code>")
            escape(cursor.text())
            write("</code>")
        case .html:
            cursor.passOverRawHTML()
        case .emphasis: wrap("em", &cursor)
        case .strong: wrap("strong", &cursor)
        case .strikethrough: wrap("del", &cursor)
        case .link:
            let destination = cursor.string()
            let title = cursor.text()
            if let href = options.resolveLink(destination) {
                write("<a href=\"" + HrefEscaping.escape(href) + "\"")
                titleAttribute(title)
                write(">")
                inlines(&cursor)
                write("</a>")
            } else {
                inlines(&cursor)
            }
            _ = cursor.location()
        case .image:
            let source = cursor.string()
            let title = cursor.text()
            var alt: [UInt8] = []
            PlainText.append(&cursor, to: &alt)
            _ = cursor.location()
            guard let resolved = options.resolveLink(source) else {
                alt.withUnsafeBufferPointer { escape($0) }
                return
            }
            write("<img src=\"" + HrefEscaping.escape(resolved) + "\" alt=\"")
            alt.withUnsafeBufferPointer { escape($0) }
            write("\"")
            titleAttribute(title)
            write(" loading=\"lazy\">")
        case .footnoteReference:
            let number = cursor.number()
            write("<sup class=\"footnote-ref\"><a href=\"#\(idPrefix)fn-\(number)\" id=\"\(idPrefix)fnref-\(number)\">\(number)</a></sup>")
        case .placeholder:
            let name = cursor.string()
            let escaped = HTMLEscaping.escape(name)
            switch options.placeholderStyle {
            case .field:
                let width = max(8, name.count + 2)
                write("<input type=\"text\" class=\"fill-in\" data-field=\"\(escaped)\" aria-label=\"\(escaped)\"")
                write(" placeholder=\"\(escaped)\" size=\"\(width)\">")
            case .text:
                write("<span class=\"fill-in-text\">[\(escaped)]</span>")
            }
        }
    }

    private mutating func titleAttribute(_ title: UnsafeBufferPointer<UInt8>) {
        guard !title.isEmpty else { return }
        write(" title=\"")
        escape(title)
        write("\"")
    }

    private mutating func wrap(_ tag: String, _ cursor: inout PackedCursor) {
        write("<" + tag + ">")
        inlines(&cursor)
        write("</" + tag + ">")
    }

    private mutating func escape(_ text: String) {
        HTMLEscaping.append(text, to: &html)
    }

    private mutating func escape(_ utf8: UnsafeBufferPointer<UInt8>) {
        HTMLEscaping.append(utf8: utf8, to: &html)
    }

    private mutating func write(_ text: String) {
        html.append(contentsOf: text.utf8)
    }
}
