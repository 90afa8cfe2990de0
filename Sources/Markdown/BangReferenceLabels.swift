/// Finds link reference definitions whose label starts with `!` (`[!INTERNAL]: https://…`).
///
/// Such a definition turns every `[!INTERNAL]` on the page into a link, so a callout marker
/// would stop being one. cmark does not report the definitions it reads, so the source is
/// scanned: a line outside code and HTML blocks that, after container markers (`>`, list
/// markers, indentation), opens a bracket whose label starts with `!` (after spaces, possibly
/// on the next line) and closes it with `]:`.
enum BangReferenceLabels {
    static func locations(in source: MarkdownSource, skipping verbatim: [ClosedRange<Int>]) -> [SourceLocation] {
        var found: [SourceLocation] = []
        var isVerbatim = [Bool](repeating: false, count: source.lines.count + 1)
        for range in verbatim { for line in range where line < isVerbatim.count { isVerbatim[line] = true } }
        for index in source.lines.indices {
            let number = index + 1
            if isVerbatim[number] { continue }
            let line = source.lines[index]
            let start = afterContainerMarkers(line)
            guard start < line.endIndex, line[start] == UInt8(ascii: "[") else { continue }
            let next = index + 1 < source.lines.count ? source.lines[index + 1] : []
            if labelStartsWithBang(line[(start + 1)...], next: next) {
                found.append(SourceLocation(line: number, column: start - line.startIndex + 1))
            }
        }
        return found
    }

    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), quote = UInt8(ascii: ">")

    /// Where a line's text starts after blockquote markers, list markers and indentation.
    private static func afterContainerMarkers(_ line: ArraySlice<UInt8>) -> Int {
        var index = line.startIndex
        while index < line.endIndex {
            let byte = line[index]
            if byte == space || byte == tab || byte == quote {
                index += 1
            } else if "-+*".utf8.contains(byte), index + 1 < line.endIndex, line[index + 1] == space || line[index + 1] == tab {
                index += 2
            } else if let end = orderedMarkerEnd(line, from: index) {
                index = end
            } else {
                break
            }
        }
        return index
    }

    /// The index after `12.` or `3)` and a space, if an ordered list marker starts at `index`.
    private static func orderedMarkerEnd(_ line: ArraySlice<UInt8>, from index: Int) -> Int? {
        var end = index
        while end < line.endIndex, end - index < 9, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(line[end]) { end += 1 }
        guard end > index, end + 1 < line.endIndex, line[end] == UInt8(ascii: ".") || line[end] == UInt8(ascii: ")"),
              line[end + 1] == space || line[end + 1] == tab else { return nil }
        return end + 2
    }

    private static func labelStartsWithBang(_ afterBracket: ArraySlice<UInt8>, next: ArraySlice<UInt8>) -> Bool {
        var label = Array(afterBracket.drop(while: { $0 == space || $0 == tab }))
        if label.isEmpty { label = Array(next.drop(while: { $0 == space || $0 == tab || $0 == quote })) }
        guard label.first == UInt8(ascii: "!") else { return false }
        let text = label + [UInt8(ascii: "\n")] + Array(next)
        guard let close = text.firstIndex(of: UInt8(ascii: "]")) else { return false }
        return close + 1 < text.count && text[close + 1] == UInt8(ascii: ":")
    }
}
