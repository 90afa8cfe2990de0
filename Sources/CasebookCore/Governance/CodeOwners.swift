/// A CODEOWNERS file as git hosts read it: one rule a line, a path pattern and its owners;
/// for any path, the last rule whose pattern matches decides the owners.
///
/// Patterns follow GitHub's reading of gitignore syntax: `*` (any characters but `/`), `?`
/// (one character), `**` (any number of folders), a leading `/` anchors to the repository
/// root, a `/` anywhere else also anchors, a trailing `/` matches folders only, and a pattern
/// naming a folder covers everything below it. As on GitHub, a pattern whose last part holds
/// a wildcard (`docs/*`) matches files directly in that folder only; `!` negation and `[...]`
/// ranges are not supported and such lines are reported and skipped.
public struct CodeOwners: Sendable {
    /// One line of the file.
    struct Rule: Sendable {
        var pattern: PathPattern
        var owners: [String]
        var line: Int
    }

    /// Which owners a path has, and the line of the rule that says so.
    public struct Match: Sendable, Hashable {
        /// Empty when the deciding rule lists no owners (which removes ownership).
        public var owners: [String]
        public var line: Int
    }

    /// Where the file was found, relative to the repository root.
    public let path: String
    let rules: [Rule]

    /// Parses a CODEOWNERS text; lines it cannot use come back as warnings.
    public static func parse(_ text: String, path: String) -> (CodeOwners, [Diagnostic]) {
        var rules: [Rule] = []
        var diagnostics: [Diagnostic] = []
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let lineNumber = index + 1
            let tokens = tokenize(String(rawLine))
            guard let first = tokens.first else { continue }
            let owners = tokens.dropFirst().prefix { !$0.hasPrefix("#") }
            if first.hasPrefix("!") || first.contains("[") {
                diagnostics.append(Diagnostic(.warning, path, line: lineNumber, column: 1,
                    "CODEOWNERS pattern '\(first)' uses \(first.hasPrefix("!") ? "'!' negation" : "a '[...]' range"), "
                    + "which git hosts do not support; the line is ignored"))
                continue
            }
            rules.append(Rule(pattern: PathPattern(first), owners: Array(owners), line: lineNumber))
        }
        return (CodeOwners(path: path, rules: rules), diagnostics)
    }

    /// The deciding rule for a path relative to the repository root (`content/policies/x.md`).
    public func owners(of filePath: String) -> Match? {
        let parts = filePath.split(separator: "/").map(String.init)
        guard let rule = rules.last(where: { $0.pattern.matches(parts) }) else { return nil }
        return Match(owners: rule.owners, line: rule.line)
    }

    /// Splits a line on unescaped spaces, dropping a comment; `\#` and `\ ` stand for themselves.
    private static func tokenize(_ line: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "#" && current.isEmpty {
                break
            } else if character == " " || character == "\t" || character == "\r" {
                if !current.isEmpty { tokens.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }
}

/// A CODEOWNERS path pattern, split into folder-level parts.
struct PathPattern: Sendable {
    private let parts: [String]
    private let foldersOnly: Bool
    /// Whether a match on a folder also covers everything below it.
    private let coversDescendants: Bool

    init(_ text: String) {
        var pattern = text
        foldersOnly = pattern.hasSuffix("/")
        while pattern.hasSuffix("/") { pattern.removeLast() }
        let anchored = pattern.contains("/")
        while pattern.hasPrefix("/") { pattern.removeFirst() }
        var parts = pattern.split(separator: "/").map(String.init)
        if !anchored { parts.insert("**", at: 0) }
        self.parts = parts
        let last = parts.last ?? "**"
        coversDescendants = last == "**" || !(last.contains("*") || last.contains("?"))
    }

    /// Whether the pattern names the file at `path`, or (where it covers descendants) one of its folders.
    func matches(_ path: [String]) -> Bool {
        if !foldersOnly, Self.match(parts[...], path[...]) { return true }
        guard coversDescendants || foldersOnly else { return false }
        for length in stride(from: path.count - 1, through: 1, by: -1) where Self.match(parts[...], path.prefix(length)) {
            return true
        }
        return false
    }

    private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let head = pattern.first else { return path.isEmpty }
        if head == "**" {
            let rest = pattern.dropFirst()
            var remaining = path
            while true {
                if match(rest, remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        }
        guard let name = path.first, Glob.matches(Array(head.utf8)[...], Array(name.utf8)[...]) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }
}

/// `*` and `?` matching within one path part.
enum Glob {
    static func matches(_ pattern: ArraySlice<UInt8>, _ name: ArraySlice<UInt8>) -> Bool {
        var p = pattern.startIndex, n = name.startIndex
        var starAt: Int?, resumeAt = name.startIndex
        while n < name.endIndex {
            if p < pattern.endIndex, pattern[p] == UInt8(ascii: "*") {
                starAt = p
                resumeAt = n
                p += 1
            } else if p < pattern.endIndex, pattern[p] == UInt8(ascii: "?") || pattern[p] == name[n] {
                p += 1
                n += 1
            } else if let star = starAt {
                p = star + 1
                resumeAt += 1
                n = resumeAt
            } else {
                return false
            }
        }
        while p < pattern.endIndex, pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.endIndex
    }
}
