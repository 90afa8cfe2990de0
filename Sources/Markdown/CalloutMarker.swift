/// Decides whether a blockquote is a GitHub alert (`[!NOTE]`, `[!internal]`, ...), and fails
/// closed when it might be one.
///
/// A marker written plainly (`[!` + a known word in ASCII letters + `]`, any case) is a callout.
/// Unlike GitHub, text after the marker on the same line is accepted (and kept):
/// `> [!INTERNAL] Agents may waive $25` must never reach the public site as a plain quote.
/// A first line that only reads like a marker once compatibility forms, invisible characters,
/// spaces, look-alike letters and emphasis are set aside, or that could be a misspelt
/// `INTERNAL`, is a `Suspicion`: the parser reports it and keeps the quote off the public site.
enum CalloutMarker {
    enum Recognition: Equatable {
        case none
        case callout(CalloutKind, [Block])
        case suspect(Suspicion)
    }

    /// Why a blockquote that is not a plain callout may have been meant as one.
    enum Suspicion: Equatable {
        /// `[!WORD]` whose word is no callout kind; `suggestion` is the kind it is closest to.
        case unknown(String, suggestion: CalloutKind?)
        /// Reads as `[!KIND]` only after normalisation: spaces, invisible or look-alike characters, formatting.
        case irregular(String, CalloutKind)
        /// Bracketed or `!`-led text close to `INTERNAL` without being a marker: `[INTERNAL]`, `!INTERNL`.
        case likelyInternal(String)
    }

    /// `blocks` are the blockquote's children; `firstLine` is the source of its first child's
    /// first line, from where that child starts.
    static func recognize(_ blocks: [Block], firstLine: ArraySlice<UInt8>) -> Recognition {
        if let plain = recognizePlain(blocks) { return plain }
        let written = String(decoding: firstLine, as: UTF8.self)
        let readings = [written, firstLinePlainText(blocks)].map(MarkerText.normalize).map {
            Substring($0).drop(while: { "*_~\\".contains($0) })
        }
        let shown = visible(written)
        for reading in readings where reading.hasPrefix("[!") {
            let word = String(reading.dropFirst(2).prefix(while: { $0 != "]" }))
            if let kind = CalloutKind(rawValue: word) { return .suspect(.irregular(shown, kind)) }
            return .suspect(.unknown(shown, suggestion: closestKind(to: word)))
        }
        if readings.contains(where: looksLikeInternal) { return .suspect(.likelyInternal(shown)) }
        return .none
    }

    /// The callout kind a misspelt marker word most likely meant.
    static func closestKind(to word: String) -> CalloutKind? {
        let letters = String(word.prefix(while: \.isLetter))
        if let prefixed = CalloutKind.allCases.first(where: { letters.hasPrefix($0.rawValue) }) { return prefixed }
        let scored = CalloutKind.allCases.map { ($0, EditDistance.between(letters, $0.rawValue)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2 else { return nil }
        return best.0
    }

    private static func looksLikeInternal(_ reading: Substring) -> Bool {
        let opening = reading.prefix(while: { "[({<!¡|".contains($0) })
        guard !opening.isEmpty else { return false }
        let word = String(reading.dropFirst(opening.count).prefix(while: \.isLetter))
        return word.count >= 5 && (word.hasPrefix("internal") || EditDistance.between(word, "internal") <= 2)
    }

    /// The first line of the quote's first paragraph or heading as plain text (raw HTML left out).
    private static func firstLinePlainText(_ blocks: [Block]) -> String {
        let inlines: [Inline]
        switch blocks.first {
        case .paragraph(let paragraph)?: inlines = paragraph
        case .heading(let heading)?: inlines = heading.inlines
        default: return ""
        }
        let firstLine = inlines.prefix(while: { $0 != .softBreak && $0 != .lineBreak })
        // A code span is how a writer quotes a marker on purpose.
        return PlainText.of(firstLine.map { if case .code = $0 { .text("`") } else { $0 } })
    }

    /// The start of a line as a diagnostic can show it: invisible characters spelt out, at most 40 characters.
    private static func visible(_ line: String) -> String {
        var shown = ""
        for scalar in line.unicodeScalars.prefix(40) {
            if MarkerText.isInvisible(scalar) {
                shown += "<U+" + String(scalar.value, radix: 16, uppercase: true) + ">"
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown.trimmingTrailingSpaces()
    }

    // MARK: Plain markers

    private static func recognizePlain(_ blocks: [Block]) -> Recognition? {
        guard let first = blocks.first else { return nil }
        switch first {
        case .paragraph(let inlines):
            return recognizePlain(inlines, rest: blocks.dropFirst()) { .paragraph($0) }
        case .heading(let heading):
            // "> [!INTERNAL]" followed by "> Title" and "> ---" is a setext heading to cmark.
            return recognizePlain(heading.inlines, rest: blocks.dropFirst()) { inlines in
                var rest = heading
                rest.inlines = inlines
                return .heading(rest)
            }
        default:
            return nil
        }
    }

    /// Recognises a plain marker at the start of the inlines of the first block, rebuilding that
    /// block from what follows the marker.
    private static func recognizePlain(_ firstInlines: [Inline], rest: ArraySlice<Block>,
                                       rebuild: ([Inline]) -> Block) -> Recognition? {
        var inlines = firstInlines
        guard case .text(let first)? = inlines.first, let (marker, after) = splitMarker(first),
              let kind = CalloutKind(rawValue: marker.lowercased()) else { return nil }

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

private extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " || copy.last == "\t" { copy.removeLast() }
        return copy
    }
}
