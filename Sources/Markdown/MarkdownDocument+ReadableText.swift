/// The words of a document as a reader sees them, for the search index.
public struct ReadableText: Sendable, Equatable {
    /// Each heading's text, in order.
    public var headings: [String]
    /// Every block's text but the headings', in order.
    public var body: [String]
    /// Headings and body in document order.
    public var all: [String]
}

extension MarkdownDocument {
    /// The text of every heading and block, without markup; placeholders read as their names.
    /// Read from the packed tree in place.
    public var readableText: ReadableText {
        var text = ReadableText(headings: [], body: [], all: [])
        packedBlocks.withCursor { Self.collect(&$0, into: &text) }
        return text
    }

    /// The document as text without markup, its blocks one paragraph each (separated by a
    /// blank line): for places that take no HTML, as a structured-data answer.
    public var plainParagraphs: String {
        readableText.all.joined(separator: "\n\n")
    }

    private static func collect(_ cursor: inout PackedCursor, into text: inout ReadableText) {
        for _ in 0..<cursor.count() {
            guard let tag = cursor.blockTag() else { break }
            switch tag {
            case .heading:
                _ = cursor.number()
                _ = cursor.text()
                let words = plainText(&cursor)
                _ = cursor.location()
                text.headings.append(words)
                text.all.append(words)
            case .paragraph:
                add(plainText(&cursor), to: &text)
            case .codeBlock:
                _ = cursor.text()
                add(cursor.string(), to: &text)
            case .table:
                _ = cursor.alignments()
                for _ in 0..<cursor.count() { add(plainText(&cursor), to: &text) }
                for _ in 0..<cursor.count() {
                    for _ in 0..<cursor.count() { add(plainText(&cursor), to: &text) }
                }
            case .blockQuote:
                collect(&cursor, into: &text)
            case .footnoteDefinition:
                _ = cursor.footnoteHeader()
                collect(&cursor, into: &text)
            case .callout:
                _ = cursor.number()
                collect(&cursor, into: &text)
                _ = cursor.location()
            case .list:
                _ = cursor.listHeader()
                for _ in 0..<cursor.count() {
                    _ = cursor.number()
                    collect(&cursor, into: &text)
                }
            case .htmlBlock:
                cursor.passOverRawHTML()
            case .thematicBreak:
                continue
            }
        }
    }

    private static func plainText(_ cursor: inout PackedCursor) -> String {
        var bytes: [UInt8] = []
        PlainText.append(&cursor, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func add(_ words: String, to text: inout ReadableText) {
        guard !words.isEmpty else { return }
        text.body.append(words)
        text.all.append(words)
    }
}
