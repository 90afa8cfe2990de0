import HTMLEscaping

/// Renders a `MarkdownDocument` as an HTML fragment.
///
/// Raw HTML from the source is never written; links go through `HTMLRenderOptions.resolveLink`.
public struct HTMLRenderer: Sendable {
    public var options: HTMLRenderOptions

    public init(options: HTMLRenderOptions) {
        self.options = options
    }

    public func render(_ document: MarkdownDocument) -> String {
        var html = ""
        var footnotes: [(Int, [Block])] = []
        for block in document.blocks {
            if case .footnoteDefinition(let number, let children) = block {
                footnotes.append((number, children))
            } else {
                render(block, tight: false, into: &html)
            }
        }
        if !footnotes.isEmpty { renderFootnotes(footnotes, into: &html) }
        return html
    }

    // MARK: Blocks

    private func render(_ blocks: some Sequence<Block>, tight: Bool, into html: inout String) {
        for block in blocks { render(block, tight: tight, into: &html) }
    }

    private func render(_ block: Block, tight: Bool, into html: inout String) {
        switch block {
        case .paragraph(let inlines):
            if tight {
                render(inlines, into: &html)
                html += "\n"
            } else {
                html += "<p>"
                render(inlines, into: &html)
                html += "</p>\n"
            }
        case .heading(let heading):
            let anchor = HTMLEscaping.escape(heading.anchor)
            html += "<h\(heading.level) id=\"\(anchor)\">"
            render(heading.inlines, into: &html)
            html += " <a class=\"heading-anchor\" href=\"#\(anchor)\" aria-label=\"Link to this section\">#</a>"
            html += "</h\(heading.level)>\n"
        case .blockQuote(let children):
            html += options.marksScriptText ? "<blockquote class=\"script-text\">\n" : "<blockquote>\n"
            render(children, tight: false, into: &html)
            html += "</blockquote>\n"
        case .callout(let callout):
            html += "<div class=\"callout callout-\(callout.kind.rawValue)\" role=\"note\">\n"
            html += "<p class=\"callout-title\">\(HTMLEscaping.escape(callout.kind.title))</p>\n"
            render(callout.blocks, tight: false, into: &html)
            html += "</div>\n"
        case .list(let list):
            renderList(list, into: &html)
        case .codeBlock(let info, let code):
            let language = Self.language(ofInfo: info)
            let attribute = language.isEmpty ? "" : " class=\"language-\(HTMLEscaping.escape(language))\""
            html += "<pre><code\(attribute)>\(HTMLEscaping.escape(code))</code></pre>\n"
        case .htmlBlock:
            return
        case .thematicBreak:
            html += "<hr>\n"
        case .table(let table):
            renderTable(table, into: &html)
        case .footnoteDefinition(let number, let children):
            renderFootnotes([(number, children)], into: &html)
        }
    }

    /// A code fence's language, as cmark takes it: the info string up to the first space, tab,
    /// line or form feed, vertical tab or carriage return.
    private static func language(ofInfo info: String) -> String {
        String(String.UnicodeScalarView(info.unicodeScalars.prefix { !" \t\n\u{0B}\u{0C}\r".unicodeScalars.contains($0) }))
    }

    private func renderList(_ list: List, into html: inout String) {
        let isTaskList = list.items.contains { $0.task != nil }
        let classAttribute = isTaskList ? " class=\"task-list\"" : ""
        if list.ordered {
            let start = list.start == 1 ? "" : " start=\"\(list.start)\""
            html += "<ol\(start)\(classAttribute)>\n"
        } else {
            html += "<ul\(classAttribute)>\n"
        }
        for item in list.items {
            if let task = item.task {
                let checked = task == .done ? " checked" : ""
                html += "<li class=\"task-item\"><input type=\"checkbox\" disabled\(checked)> "
            } else {
                html += "<li>"
            }
            render(item.blocks, tight: list.tight, into: &html)
            html += "</li>\n"
        }
        html += list.ordered ? "</ol>\n" : "</ul>\n"
    }

    private func renderTable(_ table: Table, into html: inout String) {
        html += "<div class=\"table-wrap\"><table>\n<thead>\n"
        renderRow(table.header, cell: "th", alignments: table.alignments, into: &html)
        html += "</thead>\n"
        if !table.rows.isEmpty {
            html += "<tbody>\n"
            for row in table.rows { renderRow(row, cell: "td", alignments: table.alignments, into: &html) }
            html += "</tbody>\n"
        }
        html += "</table></div>\n"
    }

    private func renderRow(_ cells: [[Inline]], cell: String, alignments: [Table.Alignment], into html: inout String) {
        html += "<tr>"
        for (index, content) in cells.enumerated() {
            let alignment = index < alignments.count ? alignments[index] : .none
            let style: String
            switch alignment {
            case .none: style = ""
            case .left: style = " style=\"text-align: left\""
            case .center: style = " style=\"text-align: center\""
            case .right: style = " style=\"text-align: right\""
            }
            let scope = cell == "th" ? " scope=\"col\"" : ""
            html += "<\(cell)\(scope)\(style)>"
            render(content, into: &html)
            html += "</\(cell)>"
        }
        html += "</tr>\n"
    }

    private func renderFootnotes(_ footnotes: [(Int, [Block])], into html: inout String) {
        html += "<section class=\"footnotes\" aria-label=\"Footnotes\">\n<ol>\n"
        for (number, children) in footnotes {
            html += "<li id=\"fn-\(number)\">\n"
            let backLink = "<a href=\"#fnref-\(number)\" class=\"footnote-backref\" aria-label=\"Back to reference \(number)\">↩</a>"
            // As cmark does: inside the last paragraph when the footnote ends with one, else on a line of its own.
            if case .paragraph(let inlines) = children.last {
                render(children.dropLast(), tight: false, into: &html)
                html += "<p>"
                render(inlines, into: &html)
                html += " \(backLink)</p>\n"
            } else {
                render(children, tight: false, into: &html)
                html += "\(backLink)\n"
            }
            html += "</li>\n"
        }
        html += "</ol>\n</section>\n"
    }

    // MARK: Inlines

    private func render(_ inlines: [Inline], into html: inout String) {
        for inline in inlines { render(inline, into: &html) }
    }

    private func render(_ inline: Inline, into html: inout String) {
        switch inline {
        case .text(let text): html += HTMLEscaping.escape(text)
        case .softBreak: html += "\n"
        case .lineBreak: html += "<br>\n"
        case .code(let code): html += "<code>\(HTMLEscaping.escape(code))</code>"
        case .html: return
        case .emphasis(let children): wrap("em", children, into: &html)
        case .strong(let children): wrap("strong", children, into: &html)
        case .strikethrough(let children): wrap("del", children, into: &html)
        case .link(let link):
            guard let href = options.resolveLink(link.destination) else {
                render(link.children, into: &html)
                return
            }
            let title = link.title.isEmpty ? "" : " title=\"\(HTMLEscaping.escape(link.title))\""
            html += "<a href=\"\(HrefEscaping.escape(href))\"\(title)>"
            render(link.children, into: &html)
            html += "</a>"
        case .image(let image):
            let alt = HTMLEscaping.escape(PlainText.of(image.alt))
            guard let source = options.resolveLink(image.source) else {
                html += alt
                return
            }
            let title = image.title.isEmpty ? "" : " title=\"\(HTMLEscaping.escape(image.title))\""
            html += "<img src=\"\(HrefEscaping.escape(source))\" alt=\"\(alt)\"\(title) loading=\"lazy\">"
        case .footnoteReference(let number):
            html += "<sup class=\"footnote-ref\"><a href=\"#fn-\(number)\" id=\"fnref-\(number)\">\(number)</a></sup>"
        case .placeholder(let name):
            let escaped = HTMLEscaping.escape(name)
            switch options.placeholderStyle {
            case .field:
                let width = max(8, name.count + 2)
                html += "<input type=\"text\" class=\"fill-in\" data-field=\"\(escaped)\" aria-label=\"\(escaped)\""
                html += " placeholder=\"\(escaped)\" size=\"\(width)\">"
            case .text:
                html += "<span class=\"fill-in-text\">[\(escaped)]</span>"
            }
        }
    }

    private func wrap(_ tag: String, _ children: [Inline], into html: inout String) {
        html += "<\(tag)>"
        render(children, into: &html)
        html += "</\(tag)>"
    }
}
