/// Where an `[!INTERNAL]` callout stands in the text it was parsed from.
struct CalloutSpan: Equatable {
    /// The line and byte column of its `>`, and its last line (1-based).
    var startLine: Int
    var startColumn: Int
    var endLine: Int

    func contains(_ other: CalloutSpan) -> Bool {
        (startLine, startColumn) <= (other.startLine, other.startColumn) && other.endLine <= endLine
    }
}

/// The public version of a Markdown text: every `[!INTERNAL]` callout cut out of the source
/// before it is parsed again, so reference definitions, footnote definitions and headings
/// written inside one cannot serve the public page.
///
/// Each callout is replaced, on its first line, by an HTML comment (`placeholder`): a block
/// that renders nothing but keeps the block structure around it as it was (a list stays
/// tight, the blocks before and after stay apart, a list item whose first block was the
/// callout keeps the rest of its blocks). Whatever precedes the callout on its first line
/// (a list marker, an outer `>`) stays; its other lines are deleted.
struct InternalCalloutCut {
    /// The block left where a callout was; the public parse drops it.
    static let placeholder = "<!--casebook:internal-->"

    /// The cut text, LF line endings.
    let text: String
    /// For each line of `text` (0-based), the line of the original it came from (1-based).
    let originalLines: [Int]

    init(_ source: MarkdownSource, removing spans: [CalloutSpan]) {
        var starts: [Int: Int] = [:]
        var removed = Set<Int>()
        for span in Self.outermost(spans) {
            starts[span.startLine] = span.startColumn
            if span.endLine > span.startLine { removed.formUnion(span.startLine + 1...span.endLine) }
        }
        var bytes: [UInt8] = []
        var originalLines: [Int] = []
        for (index, line) in source.lines.enumerated() {
            let number = index + 1
            if removed.contains(number) { continue }
            if !originalLines.isEmpty { bytes.append(UInt8(ascii: "\n")) }
            if let column = starts[number] {
                bytes += Self.containerPrefix(of: line, calloutColumn: column)
                bytes += Self.placeholder.utf8
            } else {
                bytes += line
            }
            originalLines.append(number)
        }
        text = String(decoding: bytes, as: UTF8.self)
        self.originalLines = originalLines
    }

    /// The spans not inside another: callouts nest but never overlap, so in source order a span
    /// starting on or before the last kept one's end is inside it.
    private static func outermost(_ spans: [CalloutSpan]) -> [CalloutSpan] {
        var kept: [CalloutSpan] = []
        for span in spans.sorted(by: { ($0.startLine, $0.startColumn) < ($1.startLine, $1.startColumn) }) {
            if let last = kept.last, last.contains(span) { continue }
            kept.append(span)
        }
        return kept
    }

    /// What stands before the callout's `>` on its first line: container markers only. If cmark's
    /// column does not point at a `>` (it always should), nothing of the line is kept.
    private static func containerPrefix(of line: ArraySlice<UInt8>, calloutColumn column: Int) -> ArraySlice<UInt8> {
        let marker = line.startIndex + column - 1
        guard line.indices.contains(marker), line[marker] == UInt8(ascii: ">") else { return [] }
        return line[..<marker]
    }
}
