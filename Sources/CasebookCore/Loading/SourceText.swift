import Markdown

/// Turns a file's bytes into text the parsers can read: UTF-8 checked, byte-order mark
/// removed, CRLF and CR line endings made LF.
public enum SourceText {
    /// Where invalid UTF-8 starts in a file, 1-based.
    public struct InvalidEncoding: Error, Equatable {
        public var line: Int
        public var column: Int
    }

    public static func decode(_ bytes: [UInt8]) -> Result<String, InvalidEncoding> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            return .failure(firstInvalidByte(in: Array(body)))
        }
        guard text.hasCarriageReturn else { return .success(text) }
        return .success(text.replacingLineEndings())
    }

    /// Finds the line and column (in characters) of the first byte that is not valid UTF-8.
    private static func firstInvalidByte(in bytes: [UInt8]) -> InvalidEncoding {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            let end = index + length
            if length == 0 || end > bytes.count
                || String(validating: bytes[index..<end], as: UTF8.self) == nil {
                let column = (String(validating: bytes[lineStart..<index], as: UTF8.self)?.count ?? 0) + 1
                return InvalidEncoding(line: line, column: column)
            }
            let isLineBreak = byte == UInt8(ascii: "\n")
                || (byte == UInt8(ascii: "\r") && (end == bytes.count || bytes[end] != UInt8(ascii: "\n")))
            if isLineBreak {
                line += 1
                lineStart = end
            }
            index = end
        }
        return InvalidEncoding(line: line, column: 1)
    }
}
