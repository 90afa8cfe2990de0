/// A function a tag applies to a value: `{{uppercased(name)}}`, `{{#empty(list)}}`, and, inside a
/// repeated section, `{{#first()}}`, `{{^last()}}`, `{{index()}}`, `{{#even()}}`, `{{#odd()}}`.
enum TemplateTransform: String, Sendable, CaseIterable {
    case first, last, index, even, odd
    case count, empty, reversed
    case uppercased, lowercased, capitalized
    case plusone, minusone, equalzero

    /// Where a repeated section is: which item, and whether it is the first or last.
    struct Position {
        var index: Int
        var isLast: Bool
    }

    /// Applied to the position in a repeated section (`first()` with nothing inside).
    func apply(to position: Position) -> TemplateValue? {
        switch self {
        case .first: .flag(position.index == 0)
        case .last: .flag(position.isLast)
        case .index: .number(position.index)
        case .even: .flag(position.index % 2 == 0)
        case .odd: .flag(position.index % 2 == 1)
        default: nil
        }
    }

    /// Applied to a value; `nil` when the transform does not apply to that kind of value.
    func apply(to value: TemplateValue) -> TemplateValue? {
        switch (self, value) {
        case (.count, .list(let items)): .number(items.count)
        case (.empty, .list(let items)): .flag(items.isEmpty)
        case (.first, .list(let items)): items.first
        case (.last, .list(let items)): items.last
        case (.reversed, .list(let items)): .list(items.reversed())
        case (.count, .object(let object)): .number(object.count)
        case (.empty, .object(let object)): .flag(object.isEmpty)
        case (.empty, .text(let text)): .flag(text.isEmpty)
        case (.uppercased, .text(let text)): .text(text.uppercased())
        case (.lowercased, .text(let text)): .text(text.lowercased())
        case (.capitalized, .text(let text)): .text(text.capitalized)
        case (.reversed, .text(let text)): .text(String(text.reversed()))
        case (.plusone, .number(let number)): .number(number + 1)
        case (.minusone, .number(let number)): .number(number - 1)
        case (.equalzero, .number(let number)): .flag(number == 0)
        case (.even, .number(let number)): .flag(number % 2 == 0)
        case (.odd, .number(let number)): .flag(number % 2 != 0)
        default: nil
        }
    }
}

private extension String {
    /// Each word with its first letter upper-cased and the rest lower-cased.
    var capitalized: String {
        var result = ""
        var atWordStart = true
        for character in self {
            if character.isWhitespace {
                atWordStart = true
                result.append(character)
            } else if atWordStart {
                result += character.uppercased()
                atWordStart = false
            } else {
                result += character.lowercased()
            }
        }
        return result
    }
}
