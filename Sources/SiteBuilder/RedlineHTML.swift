import CasebookCore
import HTMLEscaping
import Markdown

/// Renders a text redline as HTML that reads like the page: a paragraph, heading, list item,
/// code block or table row per block, with the words added in `<ins>` and those removed in
/// `<del>`, which read without colour. Each block says whether it was added, removed or
/// edited (`data-change`) and names the callouts and quotes it stands in.
enum RedlineHTML {
    static func render(_ redline: TextRedline, strings: StringTable) -> String {
        redline.blocks.map { block($0, strings: strings) }.joined(separator: "\n")
    }

    private static func block(_ block: TextRedline.Block, strings: StringTable) -> String {
        let readable = block.block
        var attributes = "class=\"redline-block\" data-change=\"\(change(block.change))\""
        if readable.depth > 0 { attributes += " data-depth=\"\(readable.depth)\"" }
        var prefix = ""
        if !readable.context.isEmpty {
            prefix += "<span class=\"redline-context\">\(HTMLEscaping.escape(readable.context.map(strings.container).joined(separator: " › "))):</span> "
        }
        if let marker = readable.marker { prefix += "<span class=\"redline-marker\">\(HTMLEscaping.escape(marker))</span> " }
        let words = segments(block.segments)
        return switch readable.kind {
        case .heading(let level): "<p \(attributes) data-heading=\"\(level)\">\(prefix)<strong>\(words)</strong></p>"
        case .paragraph, .listItem, .tableRow(isHeader: false): "<p \(attributes)>\(prefix)\(words)</p>"
        case .tableRow(isHeader: true): "<p \(attributes)>\(prefix)<strong>\(words)</strong></p>"
        case .code: "<div \(attributes)>\(prefix)<pre>\(words)</pre></div>"
        }
    }

    private static func change(_ change: TextRedline.Block.Change) -> String {
        switch change {
        case .same: "same"
        case .inserted: "added"
        case .deleted: "removed"
        case .edited: "edited"
        }
    }

    private static func segments(_ segments: [WordDiff.Segment]) -> String {
        segments.map { segment in
            switch segment {
            case .same(let text): HTMLEscaping.escape(text)
            case .inserted(let text): "<ins>\(HTMLEscaping.escape(text))</ins>"
            case .deleted(let text): "<del>\(HTMLEscaping.escape(text))</del>"
            }
        }.joined()
    }
}
