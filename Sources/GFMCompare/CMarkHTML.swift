import CCMarkGFM
import Foundation

/// libcmark-gfm's own HTML for a Markdown text, parsed as `MarkdownParser` parses it (the same
/// extensions and options), and rendered by `cmark_render_html` in its default, safe mode.
enum CMarkHTML {
    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// With `leavingOutRawHTML`, raw HTML is taken out of the tree first, as Casebook leaves it
    /// out, instead of being written as cmark's `<!-- raw HTML omitted -->`.
    static func render(_ markdown: String, leavingOutRawHTML: Bool = false) -> String {
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(CMARK_OPT_FOOTNOTES) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
        }
        cmark_parser_feed(parser, markdown, markdown.utf8.count)
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        if leavingOutRawHTML { removeRawHTML(from: document) }
        guard let html = cmark_render_html(document, CMARK_OPT_FOOTNOTES, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        defer { free(html) }
        return String(cString: html)
    }

    private static func removeRawHTML(from document: OpaquePointer) {
        var rawHTML: [OpaquePointer] = []
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator), cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE { rawHTML.append(node) }
        }
        for node in rawHTML { cmark_node_free(node) }
    }
}
