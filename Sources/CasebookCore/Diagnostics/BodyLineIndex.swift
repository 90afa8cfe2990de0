import Markdown

/// Turns the Markdown parser's positions in a page's body (line, and column in UTF-8 bytes)
/// into file positions (line, and column in characters), for diagnostics.
///
/// The body's line starts are found once, when the index is made; each position after that
/// costs only the characters between it and the previous position on the same line, so a
/// file with many diagnostics, even on one long line, is read once, not once per diagnostic.
struct BodyLineIndex {
    private let bytes: [UInt8]
    /// Byte offset of the start of each line of the body; line 1 starts at 0.
    private let lineStarts: [Int]
    /// The file line the body starts on.
    private let firstLine: Int
    /// The last position worked out: its line, byte offset and column, to count on from.
    private var cursor: (line: Int, offset: Int, column: Int)?

    init(body: String, firstLine: Int) {
        bytes = Array(body.utf8)
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        lineStarts = starts
        self.firstLine = firstLine
    }

    /// The file position of a parser position. A position past the body keeps its column as given.
    mutating func filePosition(of location: SourceLocation) -> FilePosition {
        let line = firstLine + max(location.line, 1) - 1
        let index = location.line - 1
        guard lineStarts.indices.contains(index) else { return FilePosition(line: line, column: max(location.column, 1)) }
        let lineStart = lineStarts[index]
        let lineEnd = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
        let target = min(lineStart + max(location.column - 1, 0), lineEnd)

        var from = (offset: lineStart, column: 1)
        if let cursor, cursor.line == location.line, cursor.offset <= target {
            from = (cursor.offset, cursor.column)
        }
        let column = from.column + String(decoding: bytes[from.offset..<target], as: UTF8.self).count
        cursor = (location.line, target, column)
        return FilePosition(line: line, column: column)
    }
}
