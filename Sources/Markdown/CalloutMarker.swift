/// Recognises a GitHub alert marker (`[!NOTE]`, `[!internal]`, ...) at the start of a blockquote.
///
/// Unlike GitHub, text after the marker on the same line is accepted (and kept):
/// `> [!INTERNAL] Agents may waive $25` must never reach the public site as a plain quote.
enum CalloutMarker {
    enum Recognition: Equatable {
        case none
        case unknown(String)
        case callout(CalloutKind, [Block])
    }

    static func recognize(_ blocks: [Block]) -> Recognition {
        guard let first = blocks.first else { return .none }
        switch first {
        case .paragraph(let inlines):
            return recognize(inlines, rest: blocks.dropFirst()) { .paragraph($0) }
        case .heading(let heading):
            // "> [!INTERNAL]" followed by "> Title" and "> ---" is a setext heading to cmark.
            return recognize(heading.inlines, rest: blocks.dropFirst()) { inlines in
                var rest = heading
                rest.inlines = inlines
                return .heading(rest)
            }
        default:
            return .none
        }
    }

    /// Recognises a marker at the start of the inlines of the first block, rebuilding that
    /// block from what follows the marker.
    private static func recognize(_ firstInlines: [Inline], rest: ArraySlice<Block>,
                                  rebuild: ([Inline]) -> Block) -> Recognition {
        var inlines = firstInlines
        guard case .text(let first)? = inlines.first, let (marker, after) = splitMarker(first) else { return .none }
        guard let kind = CalloutKind(rawValue: marker.lowercased()) else { return .unknown(marker) }

        let remainder = after.drop(while: { $0 == " " || $0 == "\t" })
        if remainder.isEmpty {
            inlines.removeFirst()
            if inlines.first == .softBreak || inlines.first == .lineBreak { inlines.removeFirst() }
        } else {
            inlines[0] = .text(String(remainder))
        }
        var body = Array(rest)
        if !inlines.isEmpty { body.insert(rebuild(inlines), at: 0) }
        return .callout(kind, body)
    }

    /// Splits `[!WORD]rest` into `WORD` and `rest`.
    private static func splitMarker(_ text: String) -> (String, Substring)? {
        guard text.hasPrefix("[!"), let close = text.firstIndex(of: "]") else { return nil }
        let word = text[text.index(text.startIndex, offsetBy: 2)..<close]
        guard !word.isEmpty, word.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return (String(word), text[text.index(after: close)...])
    }
}
