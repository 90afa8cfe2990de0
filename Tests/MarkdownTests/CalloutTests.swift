@testable import Markdown
import Testing

@Suite("Callouts")
struct CalloutTests {
    static let spellings: [(String, CalloutKind)] = CalloutKind.allCases.flatMap { kind in
        [(kind.marker, kind), (kind.rawValue, kind), (String(kind.marker.prefix(1)) + kind.rawValue.dropFirst(), kind)]
    }

    @Test(arguments: spellings)
    func markerIsRecognisedCaseInsensitively(marker: String, kind: CalloutKind) {
        let document = MarkdownParser.parse("> [!\(marker)]\n> Agents may waive the fee.")
        #expect(document.problems == [])
        #expect(document.blocks == [.callout(Callout(kind: kind, blocks: [.paragraph([.text("Agents may waive the fee.")])],
                                                     location: SourceLocation(line: 1, column: 1)))])
    }

    @Test(arguments: [
        (CalloutKind.note, "Note"), (.tip, "Tip"), (.important, "Important"),
        (.warning, "Warning"), (.caution, "Caution"), (.internal, "Internal — staff only"),
    ])
    func calloutRendering(kind: CalloutKind, title: String) {
        #expect(renderHTML("> [!\(kind.marker)]\n> Body text.") == """
        <div class="callout callout-\(kind.rawValue)" role="note">
        <p class="callout-title">\(title)</p>
        <p>Body text.</p>
        </div>

        """)
    }

    @Test func markerFollowedByTextOnTheSameLine() {
        let document = MarkdownParser.parse("> [!INTERNAL] Agents may waive up to $25.\n> Log it.")
        #expect(document.blocks == [.callout(Callout(
            kind: .internal,
            blocks: [.paragraph([.text("Agents may waive up to $25."), .softBreak, .text("Log it.")])],
            location: SourceLocation(line: 1, column: 1)))])
        let html = renderHTML("> [!INTERNAL] Agents may waive up to $25.", publicView: true)
        #expect(html == "")
    }

    @Test func markerFollowedByFormattedText() {
        let document = MarkdownParser.parse("> [!tip] Say *sorry* first.")
        #expect(document.blocks == [.callout(Callout(
            kind: .tip, blocks: [.paragraph([.text("Say "), .emphasis([.text("sorry")]), .text(" first.")])],
            location: SourceLocation(line: 1, column: 1)))])
    }

    @Test func markerOnItsOwnParagraph() {
        let document = MarkdownParser.parse("> [!WARNING]\n>\n> First.\n>\n> Second.")
        #expect(document.blocks == [.callout(Callout(
            kind: .warning, blocks: [.paragraph([.text("First.")]), .paragraph([.text("Second.")])],
            location: SourceLocation(line: 1, column: 1)))])
    }

    @Test func emptyCallout() {
        #expect(MarkdownParser.parse("> [!NOTE]").blocks == [.callout(Callout(
            kind: .note, blocks: [], location: SourceLocation(line: 1, column: 1)))])
    }

    @Test func plainBlockquoteIsNotACallout() {
        let document = MarkdownParser.parse("> Thank you for waiting.")
        #expect(document.blocks == [.blockQuote([.paragraph([.text("Thank you for waiting.")])])])
        #expect(renderHTML("> Thank you.") == "<blockquote>\n<p>Thank you.</p>\n</blockquote>\n")
    }

    @Test func markerNotAtTheStartIsNotACallout() {
        let document = MarkdownParser.parse("> Note: [!NOTE] later")
        #expect(document.blocks == [.blockQuote([.paragraph([.text("Note: [!NOTE] later")])])])
        #expect(document.problems == [])
    }

    @Test func unknownMarkerIsReportedAndKeptOffThePublicSite() {
        let document = MarkdownParser.parse("Intro.\n\n> [!INTRENAL]\n> Agents may waive $25.")
        #expect(document.problems == [.unknownCalloutMarker("[!INTRENAL]", suggestion: .internal,
                                                            SourceLocation(line: 3, column: 1))])
        #expect(document.blocks == [
            .paragraph([.text("Intro.")]),
            .callout(Callout(kind: .internal,
                             blocks: [.paragraph([.text("[!INTRENAL]"), .softBreak, .text("Agents may waive $25.")])],
                             location: SourceLocation(line: 3, column: 1))),
        ])
        #expect(render(document.removingInternalCallouts()) == "<p>Intro.</p>\n")
    }

    @Test func noteInsideABlockquote() {
        let document = MarkdownParser.parse("> Outer.\n>\n> > [!NOTE]\n> > Inner.")
        #expect(document.blocks == [.blockQuote([
            .paragraph([.text("Outer.")]),
            .callout(Callout(kind: .note, blocks: [.paragraph([.text("Inner.")])],
                             location: SourceLocation(line: 3, column: 3))),
        ])])
    }

    @Test func internalInsideAListItem() {
        let markdown = """
        - Check the account.

          > [!INTERNAL]
          > Look at the fraud flag.
        - Apologise.
        """
        let document = MarkdownParser.parse(markdown)
        #expect(calloutKinds(in: document.blocks) == [.internal])
        let html = render(document.removingInternalCallouts())
        #expect(html == "<ul>\n<li><p>Check the account.</p>\n</li>\n<li><p>Apologise.</p>\n</li>\n</ul>\n")
    }

    @Test func internalInsideANote() {
        let markdown = """
        > [!NOTE]
        > Refunds take five days.
        >
        > > [!INTERNAL]
        > > Expedite for premium customers.
        """
        let document = MarkdownParser.parse(markdown)
        #expect(calloutKinds(in: document.blocks) == [.note, .internal])
        #expect(render(document.removingInternalCallouts()) == """
        <div class="callout callout-note" role="note">
        <p class="callout-title">Note</p>
        <p>Refunds take five days.</p>
        </div>

        """)
    }

    @Test func internalInsideInternal() {
        let markdown = """
        > [!INTERNAL]
        > Outer secret.
        >
        > > [!INTERNAL]
        > > Inner secret.

        Public.
        """
        let document = MarkdownParser.parse(markdown)
        #expect(calloutKinds(in: document.blocks) == [.internal, .internal])
        #expect(render(document.removingInternalCallouts()) == "<p>Public.</p>\n")
    }

    @Test func internalInsideAPlainBlockquoteIsRemoved() {
        let markdown = """
        > Say: we are sorry.
        >
        > > [!internal]
        > > Do not mention the outage.
        """
        let html = renderHTML(markdown, publicView: true)
        #expect(html == "<blockquote>\n<p>Say: we are sorry.</p>\n</blockquote>\n")
    }

    @Test func internalInsideANestedListIsRemoved() {
        let markdown = """
        1. Step one.
           - Sub step.

             > [!INTERNAL] Secret sub step.
        2. Step two.
        """
        let document = MarkdownParser.parse(markdown)
        #expect(render(document).contains("Secret sub step."))
        let html = render(document.removingInternalCallouts())
        #expect(!html.contains("Secret"))
        #expect(html.contains("Sub step."))
        #expect(html.contains("Step two."))
    }

    @Test func internalTextWithLinksAndHeadingsIsGoneFromPublicHTML() {
        let markdown = """
        # Refunds

        > [!INTERNAL]
        > ## Override codes
        > Use [the override tool](https://tools.internal/override) with code **4711**.

        Public answer.
        """
        let html = renderHTML(markdown, publicView: true)
        #expect(html == """
        <h1 id="refunds">Refunds <a class="heading-anchor" href="#refunds" aria-label="Link to this section">#</a></h1>
        <p>Public answer.</p>

        """)
    }

    @Test func removingInternalCalloutsKeepsProblems() {
        let document = MarkdownParser.parse("> [!NOPE]\n> x\n\n> [!INTERNAL]\n> y")
        #expect(document.removingInternalCallouts().problems == [.unknownCalloutMarker("[!NOPE]", suggestion: .note, SourceLocation(line: 1, column: 1))])
    }

    @Test func markerWithDigitsIsAnError() {
        let document = MarkdownParser.parse("> [!NOTE1]\n> x")
        #expect(document.problems == [.unknownCalloutMarker("[!NOTE1]", suggestion: .note, SourceLocation(line: 1, column: 1))])
        #expect(calloutKinds(in: document.blocks) == [.internal])
    }

    /// The marker line and the next line form a setext heading when a `---` or `===` line follows:
    /// the blockquote's first line is still the marker, so it is still an INTERNAL callout.
    @Test(arguments: ["--------------", "=============="])
    func internalCalloutStartingWithASetextHeadingIsRemoved(underline: String) {
        let markdown = "> [!INTERNAL]\n> Override codes\n> \(underline)\n> Use code 4711.\n\nPublic."
        let document = MarkdownParser.parse(markdown)
        #expect(calloutKinds(in: document.blocks) == [.internal])
        let html = render(document.removingInternalCallouts())
        #expect(!html.contains("Override codes"))
        #expect(!html.contains("4711"))
        #expect(!html.contains("[!INTERNAL]"))
        #expect(html == "<p>Public.</p>\n")
    }
}
