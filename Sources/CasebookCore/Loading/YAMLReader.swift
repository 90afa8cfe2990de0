import Yams

/// Reads typed values out of a YAML text, reporting every problem as a diagnostic at
/// the position of the offending value in the file.
struct YAMLReader {
    /// A key of a mapping with its value node.
    struct Entry {
        var key: String
        var keyNode: Node
        var value: Node
    }

    let path: String
    /// What to add to a YAML line number to get the file's line number.
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, lineOffset: Int) {
        self.path = path
        self.lineOffset = lineOffset
    }

    func position(of node: Node) -> (line: Int, column: Int) {
        guard let mark = node.mark else { return (1 + lineOffset, 1) }
        return (mark.line + lineOffset, mark.column)
    }

    mutating func error(_ message: String, at node: Node) {
        report(.error, message, at: node)
    }

    mutating func warning(_ message: String, at node: Node) {
        report(.warning, message, at: node)
    }

    mutating func report(_ severity: Diagnostic.Severity, _ message: String, at node: Node) {
        let (line, column) = position(of: node)
        diagnostics.append(Diagnostic(severity, path, line: line, column: column, message))
    }

    mutating func error(_ message: String, line: Int, column: Int) {
        diagnostics.append(Diagnostic(.error, path, line: line, column: column, message))
    }

    /// The entries of the top-level mapping; `nil` (with an error) when the YAML is invalid
    /// or not a mapping. An empty text is an empty mapping.
    mutating func topLevelEntries(of yaml: String, describing what: String) -> [Entry]? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch let error as YamlError {
            reportYAMLError(error)
            return nil
        } catch {
            self.error("invalid YAML: \(error)", line: 1 + lineOffset, column: 1)
            return nil
        }
        guard let root else { return [] }
        if isNull(root) { return [] }
        return entries(of: root, describing: what)
    }

    /// The entries of a mapping node, or an error when it is something else. A YAML merge key
    /// (`<<`) is an error, never merged: the keys it would bring in (an `audience`, say) must be
    /// written where they apply.
    mutating func entries(of node: Node, describing what: String) -> [Entry]? {
        guard case .mapping(let mapping) = node else {
            error("\(what) must be a mapping of keys to values", at: node)
            return nil
        }
        var result: [Entry] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let key) = keyNode else {
                error("a key must be a plain word", at: keyNode)
                continue
            }
            if key.string == "<<" {
                error("YAML merge keys ('<<') are not supported: write each key out", at: keyNode)
                continue
            }
            result.append(Entry(key: key.string, keyNode: keyNode, value: value))
        }
        return result
    }

    private mutating func reportYAMLError(_ yamlError: YamlError) {
        switch yamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            error("invalid YAML: \(problem)", line: mark.line + lineOffset, column: mark.column)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            error("duplicate key \(keys)", line: context.mark.line + lineOffset, column: context.mark.column)
        default:
            error("invalid YAML: \(yamlError)", line: 1 + lineOffset, column: 1)
        }
    }

    func isNull(_ node: Node) -> Bool {
        node.null != nil
    }

    /// A scalar as text; `nil` for a YAML null; an error for a list or mapping.
    mutating func string(_ node: Node, key: String) -> String? {
        switch node {
        case .scalar(let scalar):
            return isNull(node) ? nil : scalar.string
        default:
            error("'\(key)' must be a single value, not a list or mapping", at: node)
            return nil
        }
    }

    /// A list of scalars, each with its position.
    mutating func stringList(_ node: Node, key: String) -> [Located<String>] {
        if isNull(node) { return [] }
        guard case .sequence(let sequence) = node else {
            if case .scalar(let scalar) = node {
                error("'\(key)' must be a list: write [\(scalar.string)]", at: node)
            } else {
                error("'\(key)' must be a list", at: node)
            }
            return []
        }
        return sequence.compactMap { item -> Located<String>? in
            guard case .scalar(let scalar) = item, !isNull(item) else {
                error("each entry of '\(key)' must be a single value", at: item)
                return nil
            }
            let (line, column) = position(of: item)
            return Located(scalar.string, line: line, column: column)
        }
    }

    /// A `YYYY-MM-DD` date.
    mutating func day(_ node: Node, key: String) -> CalendarDay? {
        guard let text = string(node, key: key) else { return nil }
        guard let day = CalendarDay(iso: text) else {
            error("'\(key)' must be a date written YYYY-MM-DD, not '\(text)'", at: node)
            return nil
        }
        return day
    }

    /// A whole number.
    mutating func integer(_ node: Node, key: String) -> Int? {
        guard let text = string(node, key: key) else { return nil }
        guard let number = Int(text) else {
            error("'\(key)' must be a whole number, not '\(text)'", at: node)
            return nil
        }
        return number
    }

    /// One of a fixed set of words.
    mutating func choice<Choice: RawRepresentable & CaseIterable>(_ node: Node, key: String, as: Choice.Type)
        -> Choice? where Choice.RawValue == String {
        guard let text = string(node, key: key) else { return nil }
        guard let value = Choice(rawValue: text) else {
            let allowed = Choice.allCases.map { "'\($0.rawValue)'" }.joined(separator: " or ")
            error("'\(key)' must be \(allowed), not '\(text)'", at: node)
            return nil
        }
        return value
    }

    /// Reports a key nobody reads, suggesting the closest known one: a warning, unless the
    /// caller says why this key is an error.
    mutating func unknownKey(_ entry: Entry, known: [String], in what: String,
                             as severity: Diagnostic.Severity = .warning, because reason: String? = nil) {
        var message = "unknown \(what) key '\(entry.key)'"
        if let suggestion = Suggestion.closest(to: entry.key, among: known) {
            message += "; did you mean '\(suggestion)'?"
        }
        if let reason { message += " (\(reason))" }
        report(severity, message, at: entry.keyNode)
    }
}
