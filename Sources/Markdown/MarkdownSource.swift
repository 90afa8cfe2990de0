/// A Markdown text with LF line endings (so line numbers agree with cmark's) and its lines
/// as UTF-8 bytes, so that cmark's positions (1-based lines, 1-based byte columns) can be
/// looked up in it.
struct MarkdownSource {
    let text: String
    let lines: [ArraySlice<UInt8>]

    init(_ text: String) {
        let normalized = text.hasCarriageReturn ? text.replacingLineEndings() : text
        self.text = normalized
        let bytes = Array(normalized.utf8)
        lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    }

    /// The bytes of line `line` (1-based) from byte column `column` (1-based) on; empty when out of range.
    func line(_ line: Int, from column: Int = 1) -> ArraySlice<UInt8> {
        guard lines.indices.contains(line - 1) else { return [] }
        let bytes = lines[line - 1]
        let start = min(bytes.startIndex + max(column - 1, 0), bytes.endIndex)
        return bytes[start...]
    }
}

extension String {
    /// Whether the text has a carriage return: read from its UTF-8 storage in place, which is
    /// several times faster than stepping through `utf8` for a whole page.
    public var hasCarriageReturn: Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "\r")) } ?? utf8.contains(UInt8(ascii: "\r"))
    }

    /// The text with CRLF and lone CR line endings replaced by LF, as cmark reads them.
    public func replacingLineEndings() -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                result.unicodeScalars.append("\n")
                previousWasCR = true
            } else {
                if !(scalar == "\n" && previousWasCR) { result.unicodeScalars.append(scalar) }
                previousWasCR = false
            }
        }
        return result
    }
}
