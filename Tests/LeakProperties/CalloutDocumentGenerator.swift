/// A Markdown page made by `CalloutDocumentGenerator`, in two versions.
public struct GeneratedPage: Sendable {
    /// The page as a writer would write it, `[!INTERNAL]` callouts included.
    public var source: String
    /// The same page with each internal callout replaced, where it stood, by an HTML comment
    /// (a block that renders nothing): what the public site must show. The generator knows
    /// where its callouts are; it does not ask cmark.
    public var expectedPublicSource: String
    /// How many internal callouts the page has.
    public var internalCallouts: Int

    /// Every word written inside an internal callout starts with this; nothing else does.
    public static let canary = "zqsecret"
}

/// Makes Markdown pages that put `[!INTERNAL]` callouts where they are hardest to remove:
/// at every depth, in lists, quotes and other callouts, beside tables, holding reference and
/// footnote definitions that text outside uses, with lazy continuation lines, marker text on
/// the marker line, indentation and CRLF line endings.
public struct CalloutDocumentGenerator<Source: Choices> {
    private var choices: Source
    private var secrets = 0
    private var internalCallouts = 0
    private let maximumDepth = 4

    public init(_ choices: Source) { self.choices = choices }

    /// One line of output; a lazy line is written without its containers' prefixes.
    private struct Line {
        var text: String
        var lazy = false
    }

    /// A block written out twice: as the source has it, and as the public site must read it.
    private struct Written {
        var source: [Line]
        var expected: [Line]
        /// A paragraph or heading, which a following quote, heading or code fence may interrupt.
        var endsInLeaf: Bool
    }

    public mutating func page() -> GeneratedPage {
        let blocks = self.blocks(depth: 0, insideInternal: false, count: 1 + choices.next(6))
        let lineEnding = choices.chance(4) ? "\r\n" : "\n"
        func text(_ lines: [Line]) -> String { lines.map(\.text).joined(separator: lineEnding) + lineEnding }
        return GeneratedPage(source: text(blocks.source), expectedPublicSource: text(blocks.expected),
                             internalCallouts: internalCallouts)
    }

    // MARK: Blocks

    private mutating func blocks(depth: Int, insideInternal: Bool, count: Int) -> Written {
        var result = Written(source: [], expected: [], endsInLeaf: false)
        for index in 0..<count {
            let block = self.block(depth: depth, insideInternal: insideInternal)
            if index > 0 {
                let interrupts = result.endsInLeaf && block.source.first.map { Self.canInterruptParagraph($0) } == true
                if !(interrupts && choices.chance(2)) {
                    result.source.append(Line(text: ""))
                    result.expected.append(Line(text: ""))
                }
            }
            result.source += block.source
            result.expected += block.expected
            result.endsInLeaf = block.endsInLeaf
        }
        return result
    }

    private static func canInterruptParagraph(_ line: Line) -> Bool {
        let text = line.text.drop(while: { $0 == " " })
        return text.hasPrefix(">") || text.hasPrefix("#") || text.hasPrefix("```")
    }

    private mutating func block(depth: Int, insideInternal: Bool) -> Written {
        let leavesOnly = depth >= maximumDepth
        switch choices.next(leavesOnly ? 7 : 12) {
        case 0, 1: return leaf(paragraph(insideInternal: insideInternal, lines: 1 + choices.next(3)))
        case 2: return leaf(["#" + String(repeating: "#", count: choices.next(3)) + " " + words(insideInternal)], paragraphLike: true)
        case 3: return leaf(fencedCode(insideInternal: insideInternal), paragraphLike: false)
        case 4: return leaf(table(insideInternal: insideInternal), paragraphLike: false)
        case 5: return leaf(definition(insideInternal: insideInternal), paragraphLike: false)
        case 6: return leaf(["***"], paragraphLike: false)
        case 7, 8: return internalCallout(depth: depth)
        case 9: return quote(depth: depth, insideInternal: insideInternal, marker: choices.pick(["[!NOTE]", "[!TIP]", "[!warning]"]))
        case 10: return quote(depth: depth, insideInternal: insideInternal, marker: nil)
        default: return list(depth: depth, insideInternal: insideInternal)
        }
    }

    private func leaf(_ lines: [String], paragraphLike: Bool = true) -> Written {
        let written = lines.map { Line(text: $0) }
        return Written(source: written, expected: written, endsInLeaf: paragraphLike)
    }

    private mutating func internalCallout(depth: Int) -> Written {
        internalCallouts += 1
        var callout = quote(depth: depth, insideInternal: true,
                            marker: choices.pick(["[!INTERNAL]", "[!internal]", "[!Internal]"]))
        // Up to three spaces before every '>' of the callout (a list item's content then starts there).
        let indent = String(repeating: " ", count: choices.next(4))
        callout.source = callout.source.map { $0.lazy ? $0 : Line(text: indent + $0.text) }
        callout.expected = [Line(text: indent + "<!-- internal callout -->")]
        callout.endsInLeaf = false
        return callout
    }

    /// A blockquote, a callout when `marker` is given.
    private mutating func quote(depth: Int, insideInternal: Bool, marker: String?) -> Written {
        var inner = blocks(depth: depth + 1, insideInternal: insideInternal, count: 1 + choices.next(3))
        if let marker {
            let sameLine = choices.chance(3) ? " " + words(insideInternal) : ""
            let head = [Line(text: marker + sameLine)]
            let startsWithParagraph = inner.source.first.map { !$0.text.isEmpty && Self.isPlainText($0.text) } ?? false
            let separator = startsWithParagraph && choices.chance(2) ? [] : [Line(text: "")]
            inner.source = head + separator + inner.source
            inner.expected = head + separator + inner.expected
        }
        if inner.endsInLeaf, let last = inner.source.last, Self.isPlainText(last.text), inner.source.count > 1,
           Self.isPlainText(inner.source[inner.source.count - 2].text), choices.chance(3) {
            inner.source[inner.source.count - 1].lazy = true
            inner.expected[inner.expected.count - 1].lazy = true
        }
        return Written(source: prefixed(inner.source, first: "> ", rest: "> ", blank: ">"),
                       expected: prefixed(inner.expected, first: "> ", rest: "> ", blank: ">"), endsInLeaf: false)
    }

    private mutating func list(depth: Int, insideInternal: Bool) -> Written {
        let ordered = choices.chance(2)
        let tight = choices.chance(2)
        var result = Written(source: [], expected: [], endsInLeaf: false)
        for index in 0..<(1 + choices.next(3)) {
            let marker = ordered ? "\(index + 1). " : "- "
            let item = blocks(depth: depth + 1, insideInternal: insideInternal, count: tight ? 1 : 1 + choices.next(3))
            if index > 0, !tight {
                result.source.append(Line(text: ""))
                result.expected.append(Line(text: ""))
            }
            // The item's content starts where its first line's text does.
            let leadingSpaces = item.source.first.map { $0.text.prefix(while: { $0 == " " }).count } ?? 0
            let indent = String(repeating: " ", count: marker.count + leadingSpaces)
            result.source += prefixed(item.source, first: marker, rest: indent, blank: "")
            result.expected += prefixed(item.expected, first: marker, rest: indent, blank: "")
        }
        return result
    }

    /// Adds a container's prefix to its lines; lazy lines keep none.
    private func prefixed(_ lines: [Line], first: String, rest: String, blank: String) -> [Line] {
        lines.enumerated().map { index, line in
            if line.lazy { return line }
            if index == 0 { return Line(text: first + line.text) }
            return Line(text: line.text.isEmpty ? blank : rest + line.text)
        }
    }

    private static func isPlainText(_ line: String) -> Bool {
        line.first.map { $0.isLetter } ?? false
    }

    // MARK: Leaves

    private mutating func paragraph(insideInternal: Bool, lines: Int) -> [String] {
        (0..<lines).map { _ in inlineLine(insideInternal) }
    }

    private mutating func fencedCode(insideInternal: Bool) -> [String] {
        let info = choices.pick(["", "text", "swift\tlinenos", "sh x"])
        return ["```" + info, words(insideInternal), "```"]
    }

    private mutating func table(insideInternal: Bool) -> [String] {
        var lines = ["| \(word(insideInternal)) | \(word(insideInternal)) |", "|---|:---:|"]
        for _ in 0..<choices.next(3) { lines.append("| \(inlineLine(insideInternal)) | ~~\(word(insideInternal))~~ |") }
        return lines
    }

    /// A link reference or footnote definition; inside a callout its text is secret.
    private mutating func definition(insideInternal: Bool) -> [String] {
        let label = choices.next(4)
        if choices.chance(2) {
            return ["[^f\(label)]: \(words(insideInternal))"]
        }
        let host = insideInternal ? "\(secret()).example" : "example.com"
        let title = choices.chance(2) ? " \"\(words(insideInternal))\"" : ""
        return ["[r\(label)]: https://\(host)/r\(label)\(title)"]
    }

    // MARK: Inlines

    /// A line of text that starts with a plain word, so it never starts a block.
    private mutating func inlineLine(_ insideInternal: Bool) -> String {
        var parts = [word(insideInternal)]
        for _ in 0..<(1 + choices.next(5)) {
            switch choices.next(12) {
            case 0: parts.append("*\(word(insideInternal))*")
            case 1: parts.append("**\(word(insideInternal))**")
            case 2: parts.append("~~\(word(insideInternal))~~")
            case 3: parts.append("www.example.com/\(word(insideInternal))")
            case 4: parts.append("[\(word(insideInternal))](https://example.com/\(word(insideInternal)))")
            case 5: parts.append("[\(word(insideInternal))][r\(choices.next(4))]")
            case 6: parts.append("[^f\(choices.next(4))]")
            case 7: parts.append("`\(word(insideInternal))`")
            case 8: parts.append("[!NOTE]")
            case 9: parts.append("![\(word(insideInternal))][r\(choices.next(4))]")
            default: parts.append(word(insideInternal))
            }
        }
        return parts.joined(separator: " ")
    }

    private mutating func words(_ insideInternal: Bool) -> String {
        (0...choices.next(3)).map { _ in word(insideInternal) }.joined(separator: " ")
    }

    private mutating func word(_ insideInternal: Bool) -> String {
        insideInternal ? secret() : choices.pick(Self.vocabulary)
    }

    private mutating func secret() -> String {
        secrets += 1
        return GeneratedPage.canary + String(secrets)
    }

    private static var vocabulary: [String] { publicWords }
}

/// The words of text outside internal callouts.
private let publicWords = [
        "refund", "waiver", "fee", "customer", "outage", "credit", "loyal", "approve", "agent", "policy", "late",
        "delivery", "exception", "review", "supervisor", "goodwill",
]
