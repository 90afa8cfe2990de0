/// The diagnostics of one run, each once: a diagnostic found twice (a page named twice in
/// `related`, say) is kept once, so the counts always match the lines printed.
public struct Diagnostics: Sendable {
    /// In the order they were found, without duplicates.
    public private(set) var all: [Diagnostic] = []
    private var seen: Set<Diagnostic> = []

    public init(_ diagnostics: [Diagnostic] = []) {
        append(contentsOf: diagnostics)
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        if seen.insert(diagnostic).inserted { all.append(diagnostic) }
    }

    public mutating func append(contentsOf other: Diagnostics) { append(contentsOf: other.all) }

    public mutating func append(contentsOf other: [Diagnostic]) {
        for diagnostic in other { append(diagnostic) }
    }

    public var errorCount: Int { all.filter { $0.severity == .error }.count }
    public var warningCount: Int { all.filter { $0.severity == .warning }.count }
    public var noteCount: Int { all.filter { $0.severity == .note }.count }
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// Sorted by path, line and column.
    public var sorted: [Diagnostic] { all.sorted() }

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
