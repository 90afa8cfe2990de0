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

    /// Splits text whose line endings are already LF (see `SourceText`).
    public static func split(_ text: String) -> Result<Split, Failure> {
        guard !text.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\t" }) else { return .failure(.empty) }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.popFirst(), isDelimiter(first) else { return .failure(.missingOpening) }
        guard let closing = lines.firstIndex(where: isDelimiter) else { return .failure(.unclosed) }
        let yaml = lines[lines.startIndex..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        return .success(Split(yaml: yaml, body: body, bodyStartLine: closing + 2))
    }

    private static func isDelimiter(_ line: Substring) -> Bool {
        line.hasPrefix("---") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }
}
