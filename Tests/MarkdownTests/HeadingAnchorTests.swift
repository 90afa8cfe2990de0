@testable import Markdown
import Testing

@Suite("Heading anchors")
struct HeadingAnchorTests {
    @Test(arguments: [
        ("Limits", "limits"),
        ("Late fees & refunds!", "late-fees--refunds"),
        ("What's the *fee*?", "whats-the-fee"),
        ("C++ and C#", "c-and-c"),
        ("Step 2: call back", "step-2-call-back"),
        ("snake_case and kebab-case", "snake_case-and-kebab-case"),
        ("Café über Straße", "café-über-straße"),
        ("日本語の見出し", "日本語の見出し"),
        ("Émoji 🎉 party", "émoji--party"),
        ("", "section"),
        ("!!!", "section"),
    ])
    func slug(text: String, expected: String) {
        #expect(HeadingAnchors.slug(text) == expected)
    }

    @Test func theByteSlugAgreesWithTheCharacterSlug() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let text = String((0..<Int.random(in: 0...12, using: &generator)).map { _ in
                Character(Unicode.Scalar(UInt8.random(in: 0...127, using: &generator)))
            })
            #expect(HeadingAnchors.asciiSlug(text) == HeadingAnchors.characterSlug(text), "\(text.debugDescription)")
        }
    }

    @Test func headingAnchorsFromMarkup() {
        let document = MarkdownParser.parse("## The `--force` flag\n\n### A [linked](x.md) *title*")
        #expect(document.anchors == [
            AnchorOccurrence(anchor: "the---force-flag", title: "The --force flag", level: 2, insideInternal: false),
            AnchorOccurrence(anchor: "a-linked-title", title: "A linked title", level: 3, insideInternal: false),
        ])
    }

    @Test func duplicatesAreNumbered() {
        let document = MarkdownParser.parse("# Limits\n\n## Limits\n\n### Limits\n\n## Other")
        #expect(document.anchors.map(\.anchor) == ["limits", "limits-1", "limits-2", "other"])
    }

    @Test func numberedDuplicatesDoNotCollideWithWrittenOnes() {
        let document = MarkdownParser.parse("# Limits 1\n\n# Limits\n\n# Limits")
        #expect(document.anchors.map(\.anchor) == ["limits-1", "limits", "limits-2"])
        #expect(Set(document.anchors.map(\.anchor)).count == 3)
    }

    @Test func internalHeadingDoesNotShiftPublicAnchors() {
        let markdown = """
        > [!INTERNAL]
        > ## Limits
        > Staff may go to $50.

        ## Limits

        Customers may ask for up to $25.
        """
        let document = MarkdownParser.parse(markdown)
        #expect(document.anchors == [
            AnchorOccurrence(anchor: "limits-1", title: "Limits", level: 2, insideInternal: true),
            AnchorOccurrence(anchor: "limits", title: "Limits", level: 2, insideInternal: false),
        ])
        let publicDocument = document.removingInternalCallouts()
        #expect(publicDocument.anchors.map(\.anchor) == ["limits"])
    }

    @Test func internalHeadingInsideAListItemDoesNotShiftPublicAnchors() {
        let markdown = """
        - Item

          > [!INTERNAL]
          > # Escalation

        # Escalation
        """
        let document = MarkdownParser.parse(markdown)
        #expect(document.anchors.map(\.anchor) == ["escalation-1", "escalation"])
        #expect(document.anchors.map(\.insideInternal) == [true, false])
    }

    @Test func headingInsideANoteIsPublic() {
        let document = MarkdownParser.parse("> [!NOTE]\n> ## Tip\n\n## Tip")
        #expect(document.anchors.map(\.anchor) == ["tip", "tip-1"])
        #expect(document.anchors.map(\.insideInternal) == [false, false])
    }

    @Test func headingRendersWithItsAnchor() {
        #expect(renderHTML("## Fees & limits") == "<h2 id=\"fees--limits\">Fees &amp; limits "
            + "<a class=\"heading-anchor\" href=\"#fees--limits\" aria-label=\"Link to this section\">#</a></h2>\n")
    }

    @Test func headingLocation() {
        let document = MarkdownParser.parse("Intro.\n\n### Third")
        guard case .heading(let heading)? = document.blocks.last else {
            Issue.record("expected a heading")
            return
        }
        #expect(heading.level == 3)
        #expect(heading.location == SourceLocation(line: 3, column: 1))
    }
}

/// Several documents in one page (the handbook): every id a document writes, and its links to
/// them, start with the prefix it is given, and its headings move down under the page's own.
@Suite("Documents sharing a page")
struct SharedPageRenderingTests {
    @Test func idsAndTheirLinksTakeThePrefixAndHeadingsMoveDown() {
        let document = MarkdownParser.parse("# Top\n\nText.[^1]\n\n## Limits\n\n##### Deep\n\n[^1]: A note.\n")
        let options = HTMLRenderOptions(resolveLink: { $0 }, idPrefix: "policies-x.", headingLevelOffset: 2)
        let html = HTMLRenderer(options: options).render(document)
        #expect(html.contains("<h3 id=\"policies-x.top\">Top <a class=\"heading-anchor\" href=\"#policies-x.top\""))
        #expect(html.contains("<h4 id=\"policies-x.limits\">"))
        #expect(html.contains("<h6 id=\"policies-x.deep\">"), "a level past 6 stays 6")
        #expect(html.contains("<a href=\"#policies-x.fn-1\" id=\"policies-x.fnref-1\">1</a>"))
        #expect(html.contains("<li id=\"policies-x.fn-1\">"))
        #expect(html.contains("href=\"#policies-x.fnref-1\" class=\"footnote-backref\""))
        #expect(!html.contains("id=\"limits\"") && !html.contains("\"#fn-1\""))
    }
}
