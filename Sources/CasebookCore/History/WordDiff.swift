/// A word-level comparison of two texts, for redlines.
public enum WordDiff {
    /// A run of text that both versions share, that the newer one added, or that it removed.
    public enum Segment: Sendable, Hashable {
        case same(String)
        case inserted(String)
        case deleted(String)
    }

    /// Beyond this many comparisons the changed middle is shown as one deletion and one insertion.
    static let maximumCells = 4_000_000

    public static func diff(_ old: String, _ new: String) -> [Segment] {
        let before = tokens(old), after = tokens(new)
        var prefix = 0
        while prefix < before.count, prefix < after.count, before[prefix] == after[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < before.count - prefix, suffix < after.count - prefix,
              before[before.count - 1 - suffix] == after[after.count - 1 - suffix] { suffix += 1 }

        var operations: [Segment] = before[..<prefix].map { .same($0) }
        operations += middle(Array(before[prefix..<(before.count - suffix)]), Array(after[prefix..<(after.count - suffix)]))
        operations += before[(before.count - suffix)...].map { .same($0) }
        return merged(operations)
    }

    /// Words, runs of white space and single punctuation marks, each a token, so a change
    /// of `$25` to `$50` or of one word in a link shows as just that, and the text can be
    /// rebuilt exactly.
    static func tokens(_ text: String) -> [String] {
        enum Kind { case word, space, mark }
        func kind(_ character: Character) -> Kind {
            character.isLetter || character.isNumber ? .word : character.isWhitespace ? .space : .mark
        }
        var tokens: [String] = []
        var current = ""
        var currentKind = Kind.mark
        for character in text {
            let characterKind = kind(character)
            if !current.isEmpty, characterKind != currentKind || characterKind == .mark {
                tokens.append(current)
                current = ""
            }
            current.append(character)
            currentKind = characterKind
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    /// The longest common subsequence of the changed middle, as operations in order.
    private static func middle(_ before: [String], _ after: [String]) -> [Segment] {
        if before.isEmpty { return after.map { .inserted($0) } }
        if after.isEmpty { return before.map { .deleted($0) } }
        guard before.count * after.count <= maximumCells else {
            return before.map { .deleted($0) } + after.map { .inserted($0) }
        }
        let columns = after.count + 1
        var lengths = [Int32](repeating: 0, count: (before.count + 1) * columns)
        for i in stride(from: before.count - 1, through: 0, by: -1) {
            for j in stride(from: after.count - 1, through: 0, by: -1) {
                lengths[i * columns + j] = before[i] == after[j]
                    ? lengths[(i + 1) * columns + j + 1] + 1
                    : max(lengths[(i + 1) * columns + j], lengths[i * columns + j + 1])
            }
        }
        var operations: [Segment] = []
        var i = 0, j = 0
        while i < before.count, j < after.count {
            if before[i] == after[j] {
                operations.append(.same(before[i]))
                i += 1
                j += 1
            } else if lengths[(i + 1) * columns + j] >= lengths[i * columns + j + 1] {
                operations.append(.deleted(before[i]))
                i += 1
            } else {
                operations.append(.inserted(after[j]))
                j += 1
            }
        }
        operations += before[i...].map { .deleted($0) }
        operations += after[j...].map { .inserted($0) }
        return operations
    }

    /// Joins neighbouring segments of the same kind.
    private static func merged(_ segments: [Segment]) -> [Segment] {
        var result: [Segment] = []
        for segment in segments {
            switch (result.last, segment) {
            case (.same(let a)?, .same(let b)): result[result.count - 1] = .same(a + b)
            case (.inserted(let a)?, .inserted(let b)): result[result.count - 1] = .inserted(a + b)
            case (.deleted(let a)?, .deleted(let b)): result[result.count - 1] = .deleted(a + b)
            default: result.append(segment)
            }
        }
        return result
    }
}
