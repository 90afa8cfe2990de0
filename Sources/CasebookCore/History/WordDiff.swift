/// A word-level comparison of two texts, for redlines.
public enum WordDiff {
    /// A run of text that both versions share, that the newer one added, or that it removed.
    public enum Segment: Sendable, Hashable {
        case same(String)
        case inserted(String)
        case deleted(String)
    }

    public static func diff(_ old: String, _ new: String) -> [Segment] {
        merged(SequenceDiff.steps(tokens(old), tokens(new)).map { step in
            switch step {
            case .same(let token): .same(token)
            case .inserted(let token): .inserted(token)
            case .deleted(let token): .deleted(token)
            }
        })
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
