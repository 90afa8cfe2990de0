/// Turns bracketed text such as `[specific request]` into `Inline.placeholder` values.
///
/// cmark has already made real links out of `[text](url)` and `[text][ref]`, so any
/// bracket pair left in a text node is not a link. The name must start with a letter
/// or digit, which keeps `[!NOTE]`, `[^1]` and `[ ]` as text.
enum PlaceholderSplitter {
    static func split(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        for inline in inlines {
            guard case .text(let text) = inline, text.contains("[") else {
                result.append(inline)
                continue
            }
            result.append(contentsOf: split(text))
        }
        return result
    }

    private static func split(_ text: String) -> [Inline] {
        var result: [Inline] = []
        var pending = ""
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "[", let (name, end) = placeholder(in: text, openingAt: index) {
                if !pending.isEmpty { result.append(.text(pending)) }
                pending = ""
                result.append(.placeholder(name))
                index = end
            } else {
                pending.append(text[index])
                index = text.index(after: index)
            }
        }
        if !pending.isEmpty { result.append(.text(pending)) }
        return result
    }

    /// The placeholder name starting at `open`, and the index after its closing bracket.
    private static func placeholder(in text: String, openingAt open: String.Index) -> (String, String.Index)? {
        let nameStart = text.index(after: open)
        guard let close = text[nameStart...].firstIndex(where: { $0 == "]" || $0 == "[" }),
              text[close] == "]" else { return nil }
        let name = text[nameStart..<close].trimmingSpaces()
        guard let first = name.first, first.isLetter || first.isNumber else { return nil }
        return (name, text.index(after: close))
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and newlines.
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[start...end])
    }
}
