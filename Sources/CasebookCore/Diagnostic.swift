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

    public var description: String { "\(path):\(line):\(column): \(severity.rawValue): \(message)" }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.path, lhs.line, lhs.column, lhs.message) < (rhs.path, rhs.line, rhs.column, rhs.message)
    }
}

/// The diagnostics of one run, in a stable order.
public struct Diagnostics: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init(_ diagnostics: [Diagnostic] = []) {
        all = diagnostics
    }

    public mutating func append(_ diagnostic: Diagnostic) { all.append(diagnostic) }
    public mutating func append(contentsOf other: Diagnostics) { all += other.all }
    public mutating func append(contentsOf other: [Diagnostic]) { all += other }

    public var errorCount: Int { all.filter { $0.severity == .error }.count }
    public var warningCount: Int { all.filter { $0.severity == .warning }.count }
    public var noteCount: Int { all.filter { $0.severity == .note }.count }
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// Sorted by path, line and column, duplicates removed.
    public var sorted: [Diagnostic] { Array(Set(all)).sorted() }

    /// "2 errors, 1 warning" (", 1 note" when there are notes): the closing line of a run.
    public var summary: String {
        func count(_ number: Int, _ word: String) -> String { "\(number) \(word)\(number == 1 ? "" : "s")" }
        let notes = noteCount == 0 ? "" : ", \(count(noteCount, "note"))"
        return "\(count(errorCount, "error")), \(count(warningCount, "warning"))\(notes)"
    }

    /// The same diagnostics with every warning made an error (`--strict`).
    public var warningsAsErrors: Diagnostics {
        Diagnostics(all.map { diagnostic in
            var strict = diagnostic
            if strict.severity == .warning { strict.severity = .error }
            return strict
        })
    }
}
