import ArgumentParser
import CasebookCore
import Foundation

/// How `casebook check` prints what it found.
public enum CheckFormat: String, Sendable, CaseIterable, ExpressibleByArgument {
    /// Compiler-style lines, grouped by file, for people and editors.
    case text
    /// One JSON document on standard output, for tools.
    case json
}

/// The JSON form of a check (documented in the README): every diagnostic and the counts.
struct CheckReport: Encodable {
    struct Entry: Encodable {
        var path: String
        var line: Int
        var column: Int
        var severity: String
        var rule: String?
        var message: String
    }

    var diagnostics: [Entry]
    var errors: Int
    var warnings: Int
    var notes: Int
    /// Pages checked; `nil` when the content could not be read far enough to count them.
    var pages: Int?

    init(diagnostics: Diagnostics, pages: Int?) {
        self.diagnostics = diagnostics.sorted.map {
            Entry(path: $0.path, line: $0.line, column: $0.column, severity: $0.severity.rawValue, rule: $0.rule,
                  message: $0.message)
        }
        errors = diagnostics.errorCount
        warnings = diagnostics.warningCount
        notes = diagnostics.noteCount
        self.pages = pages
    }

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
