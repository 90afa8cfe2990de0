/// One message for the writer, compiler-style: `path:line:column: severity: message`.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Errors stop the build; warnings do not; notes are for information (a review coming up).
    public enum Severity: String, Sendable, Hashable {
        case error, warning, note
    }

    public var severity: Severity
    /// Path relative to the content repository's root, e.g. `content/faq/refunds.md`.
    public var path: String
    public var line: Int
    public var column: Int
    public var message: String
    /// The `casebook check` rule that found it (`ContentLinter.Rule`), for tools; `nil` for build errors.
    public var rule: String?

    public init(_ severity: Severity, _ path: String, line: Int = 1, column: Int = 1, _ message: String) {
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public init(_ severity: Severity, _ path: String, _ position: FilePosition = .start,
                rule: ContentLinter.Rule, _ message: String) {
        self.init(severity, path, line: position.line, column: position.column, message)
        self.rule = rule.rawValue
    }

    /// The diagnostic as one line: control characters and line separators in the path or the
    /// message (a file named with a newline, a YAML value with one) are written as escapes.
    public var description: String {
        "\(OneLine.escaping(path)):\(line):\(column): \(severity.rawValue): \(OneLine.escaping(message))"
    }

    /// By path, line, column and message; severity and rule only break ties, so the order never
    /// depends on the order diagnostics were found in.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.path, lhs.line, lhs.column, lhs.message, lhs.severity.rawValue, lhs.rule ?? "")
            < (rhs.path, rhs.line, rhs.column, rhs.message, rhs.severity.rawValue, rhs.rule ?? "")
    }
}
