import Markdown
import Testing
@testable import CasebookCore

/// The text half of a redline: readable blocks, compared block by block and word by word.
@Suite struct TextRedlineTests {
    static func blocks(_ markdown: String) -> [ReadableBlock] {
        MarkdownParser.parse(markdown, publicVersion: false).readableBlocks
    }

    static func redline(_ before: String, _ after: String) -> TextRedline {
        TextRedline(before: blocks(before), after: blocks(after))
    }

    @Test func readableBlocksHaveNoMarkdownSyntax() {
        let markdown = """
            ## Limits *now*

            See [the FAQ](../faq/late-fee.md#how) and **ask** `first`.

            1. One
            2. [ ] Two
               - Nested

            > [!INTERNAL]
            > Call extension 4410.

            | Role | Up to |
            |---|---|
            | Agent | $25 |
            """
        let blocks = Self.blocks(markdown)
        #expect(blocks.map(\.text) == [
            "Limits now", "See the FAQ and ask first.", "One", "☐ Two", "Nested", "Call extension 4410.",
            "Role · Up to", "Agent · $25",
        ])
        #expect(blocks[0].kind == .heading(level: 2))
        #expect(blocks.map(\.marker) == [nil, nil, "1.", "2.", "•", nil, nil, nil])
        #expect(blocks.map(\.depth) == [0, 0, 1, 1, 2, 0, 0, 0])
        #expect(blocks[5].context == [.callout(.internal)])
        for syntax in ["##", "](", "**", "`", "|", "> ", "[!"] {
            #expect(!blocks.contains { $0.text.contains(syntax) }, "\(syntax)")
        }
    }

    @Test func anEditedBlockMarksItsWordsAndWholeBlocksAreAddedOrRemoved() {
        let redline = Self.redline(
            "## Limits\n\nAgents may waive up to $25.\n\nAsk first.\n",
            "## Limits\n\nAgents may waive up to $50.\n\n## Exceptions\n\nNone.\n")
        #expect(redline.blocks.map(\.change) == [.same, .edited, .deleted, .inserted, .inserted])
        #expect(redline.blocks[1].segments == [.same("Agents may waive up to $"), .deleted("25"), .inserted("50"), .same(".")])
        #expect(redline.blocks[2].segments == [.deleted("Ask first.")])
        #expect(redline.blocks[3].block.kind == .heading(level: 2))
        #expect(redline.blocks[3].segments == [.inserted("Exceptions")])
        #expect(redline.hasChanges)
    }

    @Test func aRewrittenParagraphIsRemovedAndAddedRatherThanInterleaved() {
        let redline = Self.redline("Call the customer back within a day.\n", "Waivers need a supervisor's note.\n")
        #expect(redline.blocks.map(\.change) == [.deleted, .inserted])
    }

    @Test func insertingAListItemLeavesTheRenumberedOnesAlone() {
        let redline = Self.redline("1. Listen\n2. Decide\n", "1. Listen\n2. Check the account\n3. Decide\n")
        #expect(redline.blocks.map(\.change) == [.same, .inserted, .same])
        #expect(redline.blocks.map(\.block.marker) == ["1.", "2.", "3."])
    }

    @Test func movingTextIntoACalloutIsARemovalAndAnAddition() {
        let redline = Self.redline("Page the manager.\n", "> [!INTERNAL]\n> Page the manager.\n")
        #expect(redline.blocks.map(\.change) == [.deleted, .inserted])
        #expect(redline.blocks[1].block.context == [.callout(.internal)])
    }

    @Test func aChangeOfLinkTargetOrFormattingOnlyIsNoTextChange() {
        let redline = Self.redline("See [the FAQ](a.md).\n", "See *[the FAQ](b.md)*.\n")
        #expect(!redline.hasChanges)
        #expect(redline.blocks.map(\.change) == [.same])
    }
}
