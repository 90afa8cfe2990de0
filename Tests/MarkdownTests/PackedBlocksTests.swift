@testable import Markdown
import Testing

/// A loaded page keeps its trees packed; unpacking must give back the very tree that was packed.
@Suite("Packed block trees")
struct PackedBlocksTests {
    @Test func everyKindOfBlockAndInlineComesBackAsPacked() {
        let tree = Self.everyKind
        #expect(PackedBlocks(tree).blocks == tree)
    }

    @Test(arguments: 0..<200)
    func generatedTreesComeBackAsPacked(seed: Int) {
        var generator = TreeGenerator(seed: UInt64(seed))
        let tree = generator.blocks(depth: 0)
        #expect(PackedBlocks(tree).blocks == tree)
    }

    /// Cut short anywhere, the bytes read as a shorter tree: never a trap.
    @Test func truncatedBytesReadWithoutTrapping() {
        let bytes = PackedBlocks(Self.everyKind).bytes
        for length in 0..<bytes.count {
            let prefix = Array(bytes.prefix(length))
            let blocks = prefix.withUnsafeBufferPointer { buffer in
                var cursor = PackedCursor(buffer)
                return BlockUnpacker.blocks(&cursor)
            }
            #expect(blocks.count <= Self.everyKind.count)
        }
    }

    /// The HTML renderer and the readable text read packed bytes in place: cut short anywhere,
    /// they write less, never trap.
    @Test func truncatedBytesRenderAndReadWithoutTrapping() {
        let bytes = PackedBlocks(Self.everyKind).bytes
        let renderer = HTMLWriterProbe()
        for length in 0...bytes.count {
            let html = renderer.render(Array(bytes.prefix(length)))
            #expect(length < bytes.count || html.contains("<h2 id=\"when\">"))
        }
    }

    /// The readable text read in place equals the text a walk over the unpacked tree finds.
    @Test(arguments: 0..<100)
    func readableTextInPlaceMatchesTheTree(seed: Int) {
        var generator = TreeGenerator(seed: UInt64(seed))
        let tree = generator.blocks(depth: 0)
        let document = MarkdownDocument(blocks: tree)
        var expected = ReadableText(headings: [], body: [], all: [])
        MarkdownWalker(visitBlock: { block, _ in
            switch block {
            case .heading(let heading):
                expected.headings.append(PlainText.of(heading.inlines))
                expected.all.append(PlainText.of(heading.inlines))
            case .paragraph(let inlines): Self.add(PlainText.of(inlines), to: &expected)
            case .codeBlock(_, let code): Self.add(code, to: &expected)
            case .table(let table):
                for cell in table.header + table.rows.flatMap({ $0 }) { Self.add(PlainText.of(cell), to: &expected) }
            default: break
            }
        }).walk(tree)
        #expect(document.readableText == expected)
    }

    private static func add(_ words: String, to text: inout ReadableText) {
        guard !words.isEmpty else { return }
        text.body.append(words)
        text.all.append(words)
    }

    @Test func aDocumentWithoutInternalCalloutsKeepsOneTree() {
        let document = MarkdownParser.parse("# Refunds\n\nSee [fees](fees.md).\n")
        #expect(document.removingInternalCallouts() == document)
        #expect(document.links.map(\.destination) == ["fees.md"])
        #expect(document.anchors.map(\.anchor) == ["refunds"])
    }

    static let everyKind: [Block] = {
        let here = SourceLocation(line: 3, column: 7)
        let inlines: [Inline] = [
            .text("Fee waived — 25 € 👍"), .softBreak, .lineBreak, .code("a < b"), .html("<b>", here),
            .emphasis([.text("e")]), .strong([.strong([.text("s")])]), .strikethrough([]),
            .link(Link(destination: "../faq/x.md#y", title: "T", children: [.text("go")], location: here)),
            .image(Image(source: "i.png", title: "", alt: [.emphasis([.text("alt")])], location: here)),
            .footnoteReference(2), .placeholder("customer name"), .text(""),
        ]
        return [
            .paragraph(inlines),
            .heading(Heading(level: 2, inlines: [.text("When")], anchor: "when", location: here)),
            .blockQuote([.paragraph([.text("q")]), .thematicBreak]),
            .callout(Callout(kind: .internal, blocks: [.paragraph([.text("staff")])], location: here)),
            .callout(Callout(kind: .caution, blocks: [], location: SourceLocation(line: 0, column: -1))),
            .list(List(ordered: true, start: 0, tight: false, items: [
                ListItem(task: .open, blocks: [.paragraph([.text("a")])]), ListItem(task: .done, blocks: []),
                ListItem(blocks: [.codeBlock(info: "swift", code: "let x = 1\n")]),
            ])),
            .list(List(ordered: false, start: 1, tight: true, items: [])),
            .codeBlock(info: "", code: ""),
            .htmlBlock("<div>\n", here),
            .thematicBreak,
            .table(Table(alignments: [.none, .left, .center, .right], header: [[.text("h")], [], [.code("c")]],
                         rows: [[[.text("r")]], []])),
            .footnoteDefinition(number: 2, blocks: [.paragraph([.text("note")])]),
        ]
    }()
}

/// Makes random block trees (seeded, so a failure repeats) with every case at several depths.
private struct TreeGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    private mutating func next(_ bound: Int) -> Int {
        state = state &+ 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }

    private mutating func text() -> String {
        let pieces = ["fee", " ", "é", "👍🏽", "\n", "<", "&", "[x]", "", "漢字", "\u{0}", "a\u{301}"]
        return (0..<next(5)).map { _ in pieces[next(pieces.count)] }.joined()
    }

    private mutating func number() -> Int { [0, 1, 7, 127, 128, 16_384, -1, Int.max, Int.min][next(9)] }

    private mutating func location() -> Markdown.SourceLocation { Markdown.SourceLocation(line: number(), column: number()) }

    mutating func blocks(depth: Int) -> [Block] {
        (0..<next(depth > 2 ? 2 : 4)).map { _ in block(depth: depth) }
    }

    private mutating func block(depth: Int) -> Block {
        switch next(depth > 2 ? 4 : 10) {
        case 0: return .paragraph(inlines(depth: depth))
        case 1: return .codeBlock(info: text(), code: text())
        case 2: return .htmlBlock(text(), location())
        case 3: return .thematicBreak
        case 4: return .heading(Heading(level: next(7), inlines: inlines(depth: depth), anchor: text(), location: location()))
        case 5: return .blockQuote(blocks(depth: depth + 1))
        case 6:
            let kind = CalloutKind.allCases[next(CalloutKind.allCases.count)]
            return .callout(Callout(kind: kind, blocks: blocks(depth: depth + 1), location: location()))
        case 7:
            let items = (0..<next(3)).map { _ in
                ListItem(task: [nil, .open, .done][next(3)], blocks: blocks(depth: depth + 1))
            }
            return .list(List(ordered: next(2) == 0, start: number(), tight: next(2) == 0, items: items))
        case 8:
            let alignments: [Table.Alignment] = (0..<next(4)).map { _ in [.none, .left, .center, .right][next(4)] }
            return .table(Table(alignments: alignments, header: (0..<next(3)).map { _ in inlines(depth: depth) },
                                rows: (0..<next(3)).map { _ in (0..<next(3)).map { _ in inlines(depth: depth) } }))
        default: return .footnoteDefinition(number: number(), blocks: blocks(depth: depth + 1))
        }
    }

    private mutating func inlines(depth: Int) -> [Inline] {
        (0..<next(depth > 3 ? 2 : 5)).map { _ in inline(depth: depth) }
    }

    private mutating func inline(depth: Int) -> Inline {
        switch next(depth > 3 ? 6 : 12) {
        case 0: return .text(text())
        case 1: return .softBreak
        case 2: return .lineBreak
        case 3: return .code(text())
        case 4: return .html(text(), location())
        case 5: return .placeholder(text())
        case 6: return .footnoteReference(number())
        case 7: return .emphasis(inlines(depth: depth + 1))
        case 8: return .strong(inlines(depth: depth + 1))
        case 9: return .strikethrough(inlines(depth: depth + 1))
        case 10: return .link(Link(destination: text(), title: text(), children: inlines(depth: depth + 1), location: location()))
        default: return .image(Image(source: text(), title: text(), alt: inlines(depth: depth + 1), location: location()))
        }
    }
}

/// Renders raw packed bytes, as the page renderer reads a document's tree.
private struct HTMLWriterProbe {
    func render(_ bytes: [UInt8]) -> String {
        HTMLRenderer(options: HTMLRenderOptions(resolveLink: { $0 })).render(PackedBlocks(bytes: bytes))
    }
}
