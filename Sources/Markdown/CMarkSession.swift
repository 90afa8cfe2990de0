import CCMarkGFM
import Foundation

/// Runs libcmark-gfm over a text and lends its node tree to a body, freeing it afterwards.
///
/// libcmark-gfm keeps the special characters of its inline syntax extensions (`~` for
/// strikethrough, `|` for tables, ...) in two process-wide tables. Each parser's inline pass
/// adds its extensions' characters when it starts and removes them when it ends
/// (`cmark_manage_extensions_special_characters` in blocks.c), so an inline pass that ends
/// while another is running takes `~` and `|` away from it mid-document: strikethrough printed
/// literally, table rows emptied, autolinks missing (cmark-gfm issue 221).
/// `cmark_parser_finish`, which runs that pass, is therefore serialised; reading the blocks
/// (`cmark_parser_feed`), copying the tree into Swift values and rendering stay on every core.
enum CMarkSession {
    /// The GitHub extensions, registered once (registration itself is not thread-safe).
    nonisolated(unsafe) private static let extensions: [OpaquePointer] = {
        cmark_gfm_core_extensions_ensure_registered()
        return ["table", "strikethrough", "autolink", "tasklist"].compactMap { (name: String) in
            cmark_find_syntax_extension(name)
        }
    }()

    /// Held for the inline pass, the only part of a parse that touches the shared tables.
    private static let inlinePass = NSLock()

    /// Parses `text` and calls `body` with the document node (nil if cmark could not allocate).
    static func withDocument<Result>(_ text: String, _ body: (OpaquePointer?) -> Result) -> Result {
        guard let parser = cmark_parser_new(CMARK_OPT_FOOTNOTES) else { return body(nil) }
        defer { cmark_parser_free(parser) }
        for syntax in extensions { cmark_parser_attach_syntax_extension(parser, syntax) }
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        inlinePass.lock()
        let root = cmark_parser_finish(parser)
        inlinePass.unlock()
        defer { if let root { cmark_node_free(root) } }
        return body(root)
    }
}
