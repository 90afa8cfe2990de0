@testable import Markdown
import Testing

@Suite("GitHub extensions")
struct GFMExtensionTests {
    @Test func tableWithAlignment() {
        let markdown = """
        | Fee | Waived | Limit |
        |:----|:------:|------:|
        | Late | yes | $25 |
        """
        let document = MarkdownParser.parse(markdown)
        guard case .table(let table)? = document.blocks.first else {
            Issue.record("expected a table, got \(document.blocks)")
            return
        }
        #expect(table.alignments == [.left, .center, .right])
        #expect(table.header == [[.text("Fee")], [.text("Waived")], [.text("Limit")]])
        #expect(table.rows == [[[.text("Late")], [.text("yes")], [.text("$25")]]])
        #expect(render(document) == """
        <div class="table-wrap"><table>
        <thead>
        <tr><th scope="col" style="text-align: left">Fee</th><th scope="col" style="text-align: center">Waived</th>\
        <th scope="col" style="text-align: right">Limit</th></tr>
        </thead>
        <tbody>
        <tr><td style="text-align: left">Late</td><td style="text-align: center">yes</td>\
        <td style="text-align: right">$25</td></tr>
        </tbody>
        </table></div>

        """)
    }

    @Test func tableWithoutAlignmentAndWithoutRows() {
        let html = renderHTML("| A | B |\n|---|---|\n")
        #expect(html == """
        <div class="table-wrap"><table>
        <thead>
        <tr><th scope="col">A</th><th scope="col">B</th></tr>
        </thead>
        </table></div>

        """)
    }

    @Test func strikethrough() {
        let document = MarkdownParser.parse("Fee ~~waived~~ charged.")
        #expect(document.blocks == [.paragraph([.text("Fee "), .strikethrough([.text("waived")]), .text(" charged.")])])
        #expect(render(document) == "<p>Fee <del>waived</del> charged.</p>\n")
    }

    @Test func wwwAutolink() {
        let document = MarkdownParser.parse("Visit www.example.com today.")
        #expect(document.links.map(\.destination) == ["http://www.example.com"])
        #expect(render(document) == "<p>Visit <a href=\"http://www.example.com\">www.example.com</a> today.</p>\n")
    }

    @Test func urlAndEmailAutolinks() {
        let html = renderHTML("See https://example.com/help or write to help@example.com")
        #expect(html == "<p>See <a href=\"https://example.com/help\">https://example.com/help</a> or write to "
            + "<a href=\"mailto:help@example.com\">help@example.com</a></p>\n")
    }

    @Test func taskList() {
        let document = MarkdownParser.parse("- [ ] Check the account\n- [x] Apologise\n")
        guard case .list(let list)? = document.blocks.first else {
            Issue.record("expected a list, got \(document.blocks)")
            return
        }
        #expect(list.items.map(\.task) == [.open, .done])
        #expect(list.items.map(\.blocks) == [[.paragraph([.text("Check the account")])], [.paragraph([.text("Apologise")])]])
        #expect(render(document) == """
        <ul class="task-list">
        <li class="task-item"><input type="checkbox" disabled aria-label="Checklist item"> Check the account
        </li>
        <li class="task-item"><input type="checkbox" disabled checked aria-label="Checklist item"> Apologise
        </li>
        </ul>

        """)
    }

    @Test func uppercaseXChecksATask() {
        let document = MarkdownParser.parse("- [X] Done\n")
        guard case .list(let list)? = document.blocks.first else {
            Issue.record("expected a list")
            return
        }
        #expect(list.items.map(\.task) == [.done])
    }

    @Test func plainListHasNoTasks() {
        #expect(renderHTML("1. one\n2. two\n") == "<ol>\n<li>one\n</li>\n<li>two\n</li>\n</ol>\n")
        #expect(renderHTML("3. three\n") == "<ol start=\"3\">\n<li>three\n</li>\n</ol>\n")
    }

    @Test func footnotesAreNumberedInOrderOfFirstReference() {
        let markdown = """
        Refunds take time[^timing] and need a receipt[^receipt]. See again[^timing].

        [^receipt]: A receipt is any proof of purchase.
        [^timing]: Usually five working days.
        """
        let document = MarkdownParser.parse(markdown)
        #expect(document.blocks == [
            .paragraph([.text("Refunds take time"), .footnoteReference(1), .text(" and need a receipt"),
                        .footnoteReference(2), .text(". See again"), .footnoteReference(1), .text(".")]),
            .footnoteDefinition(number: 1, blocks: [.paragraph([.text("Usually five working days.")])]),
            .footnoteDefinition(number: 2, blocks: [.paragraph([.text("A receipt is any proof of purchase.")])]),
        ])
    }

    @Test func footnotesRender() {
        let html = renderHTML("Text[^note].\n\n[^note]: The note.\n")
        #expect(html == """
        <p>Text<sup class="footnote-ref"><a href="#fn-1" id="fnref-1">1</a></sup>.</p>
        <section class="footnotes" aria-label="Footnotes">
        <ol>
        <li id="fn-1">
        <p>The note. <a href="#fnref-1" class="footnote-backref" aria-label="Back to reference 1">↩</a></p>
        </li>
        </ol>
        </section>

        """)
    }

    @Test func unreferencedFootnoteIsDropped() {
        let document = MarkdownParser.parse("Text.\n\n[^unused]: Never referred to.\n")
        #expect(document.blocks == [.paragraph([.text("Text.")])])
    }

    @Test func footnoteReferencedOnlyFromInternalTextIsRemovedAndTheRestRenumbered() {
        let markdown = """
        Late fees apply[^fee].

        > [!INTERNAL]
        > Waive it for loyal customers[^secret].

        Refunds take five days[^days].

        [^fee]: The fee is $10.
        [^secret]: Loyal means five years or more.
        [^days]: Working days.
        """
        let document = MarkdownParser.parse(markdown)
        let internalView = render(document)
        #expect(internalView.contains("<a href=\"#fn-3\" id=\"fnref-3\">3</a></sup>.</p>"))
        #expect(internalView.contains("Loyal means five years or more."))

        let publicDocument = document.removingInternalCallouts()
        #expect(publicDocument.blocks == [
            .paragraph([.text("Late fees apply"), .footnoteReference(1), .text(".")]),
            .paragraph([.text("Refunds take five days"), .footnoteReference(2), .text(".")]),
            .footnoteDefinition(number: 1, blocks: [.paragraph([.text("The fee is $10.")])]),
            .footnoteDefinition(number: 2, blocks: [.paragraph([.text("Working days.")])]),
        ])
        let html = render(publicDocument)
        #expect(!html.contains("Loyal"))
        #expect(!html.contains("fn-3"))
        #expect(html.contains("<li id=\"fn-2\">\n<p>Working days. <a href=\"#fnref-2\""))
    }

    @Test func footnoteReferencedFromBothPublicAndInternalTextStays() {
        let markdown = """
        Public[^shared].

        > [!INTERNAL]
        > Internal[^shared][^only].

        [^shared]: Shared note.
        [^only]: Internal-only note.
        """
        let publicDocument = MarkdownParser.parse(markdown).removingInternalCallouts()
        #expect(publicDocument.blocks == [
            .paragraph([.text("Public"), .footnoteReference(1), .text(".")]),
            .footnoteDefinition(number: 1, blocks: [.paragraph([.text("Shared note.")])]),
        ])
    }

    @Test func footnoteDefinedInsideAnInternalCalloutKeepsItsTextOffThePublicView() {
        let markdown = """
        Public text[^why].

        > [!INTERNAL]
        > Staff notes.
        >
        > [^why]: Because of the secret agreement.
        """
        let document = MarkdownParser.parse(markdown)
        #expect(render(document).contains("Because of the secret agreement."))
        let html = render(document.removingInternalCallouts())
        #expect(!html.contains("secret agreement"))
        #expect(!html.contains("Staff notes"))
    }
}
