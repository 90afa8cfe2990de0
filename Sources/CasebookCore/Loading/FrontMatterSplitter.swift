/// Separates a page's YAML front matter from its Markdown body.
public enum FrontMatterSplitter {
    /// A page split into its parts; `bodyStartLine` is the file line the body begins on.
    public struct Split: Sendable, Equatable {
        public var yaml: String
        public var body: String
        public var bodyStartLine: Int
    }

    /// Why a text has no usable front matter.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case empty
        case missingOpening
        case unclosed

        public var description: String {
            switch self {
            case .empty: "the file is empty: a page starts with front matter between two '---' lines"
            case .missingOpening: "no front matter: the first line must be '---'"
            case .unclosed: "front matter is not closed: add a line '---' after the last key"
            }
        }
    }

    /// Splits text whose line endings are already LF (see `SourceText`). Scans only up to the
    /// closing delimiter; the body is sliced off as it is.
    public static func split(_ text: String) -> Result<Split, Failure> {
        guard !text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }) else { return .failure(.empty) }
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 1
        var yamlStart: String.Index?
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
            let isDelimiter = Self.isDelimiter(text[lineStart..<lineEnd])
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            if lineNumber == 1 {
                guard isDelimiter else { return .failure(.missingOpening) }
                yamlStart = next
            } else if isDelimiter, let yamlStart {
                let yaml = yamlStart < lineStart ? String(text[yamlStart..<utf8.index(before: lineStart)]) : ""
                return .success(Split(yaml: yaml, body: String(text[next...]), bodyStartLine: lineNumber + 1))
            }
            if lineEnd == utf8.endIndex { break }
            lineStart = next
            lineNumber += 1
        }
        return .failure(.unclosed)
    }

    private static func isDelimiter(_ line: Substring) -> Bool {
        line.hasPrefix("---") && line.utf8.dropFirst(3).allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}
