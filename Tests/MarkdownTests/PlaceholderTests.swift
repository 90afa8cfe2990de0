@testable import Markdown
import Testing

@Suite("Placeholders")
struct PlaceholderTests {
    @Test func bracketedTextBecomesAPlaceholder() {
        let document = MarkdownParser.parse("I understand your [specific request], [customer name].", placeholders: true)
        #expect(document.blocks == [.paragraph([
            .text("I understand your "), .placeholder("specific request"), .text(", "),
            .placeholder("customer name"), .text("."),
        ])])
        #expect(document.placeholderNames == ["specific request", "customer name"])
    }

    @Test func onlyWhenAskedFor() {
        let document = MarkdownParser.parse("I understand your [specific request].")
        #expect(document.blocks == [.paragraph([.text("I understand your [specific request].")])])
        #expect(document.placeholderNames == [])
    }

    @Test(arguments: [
        "See [the policy](../policies/late-fee.md).",
        "See [the policy][late].\n\n[late]: ../policies/late-fee.md",
        "See [late].\n\n[late]: ../policies/late-fee.md",
        "See [the [fee] policy](../policies/late-fee.md).",
        "See ![a [chart] image](chart.png).",
        "A reference[^1].\n\n[^1]: Footnote.",
        "Unresolved [^2] footnote.",
        "- [ ] Task\n- [x] Done",
        "Empty [ ] brackets and [  ].",
        "Not a marker: [!NOTE].",
        "Inline `[code]` stays code.",
        "Punctuation first [-x] and [#y] and [.z].",
    ])
    func notAPlaceholder(markdown: String) {
        let document = MarkdownParser.parse(markdown, placeholders: true)
        #expect(document.placeholderNames == [])
    }

    @Test func bracketedTextInsideLinkTextStaysLinkText() {
        let html = renderHTML("See [the [fee] policy](fees.md).", placeholders: true, style: .field)
        #expect(html == "<p>See <a href=\"fees.md\">the [fee] policy</a>.</p>\n")
    }

    @Test func bracketedTextInsideImageAltStaysText() {
        let document = MarkdownParser.parse("![a [chart] image](chart.png)", placeholders: true)
        #expect(render(document) == "<p><img src=\"chart.png\" alt=\"a [chart] image\" loading=\"lazy\"></p>\n")
    }

    @Test func placeholderInsideEmphasisAndListsAndQuotes() {
        let markdown = """
        - Dear *[customer name]*,

        > We have refunded [amount].
        """
        let document = MarkdownParser.parse(markdown, placeholders: true)
        #expect(document.placeholderNames == ["customer name", "amount"])
    }

    @Test func renderedAsField() {
        let html = renderHTML("Hello [customer name].", placeholders: true, style: .field)
        #expect(html == "<p>Hello <input type=\"text\" class=\"fill-in\" data-field=\"customer name\" "
            + "aria-label=\"customer name\" placeholder=\"customer name\" size=\"15\">.</p>\n")
    }

    @Test func shortNameGetsMinimumFieldWidth() {
        let html = renderHTML("[id]", placeholders: true, style: .field)
        #expect(html == "<p><input type=\"text\" class=\"fill-in\" data-field=\"id\" aria-label=\"id\" placeholder=\"id\" size=\"8\"></p>\n")
    }

    @Test func renderedAsText() {
        let html = renderHTML("Hello [customer name].", placeholders: true, style: .text)
        #expect(html == "<p>Hello <span class=\"fill-in-text\">[customer name]</span>.</p>\n")
    }

    @Test func namesAreEscapedInFields() {
        let document = MarkdownParser.parse("Say [the \"exact\" words] if [a < b & c].", placeholders: true)
        #expect(document.placeholderNames == ["the \"exact\" words", "a < b & c"])
        #expect(render(document, style: .field) == "<p>Say <input type=\"text\" class=\"fill-in\" "
            + "data-field=\"the &quot;exact&quot; words\" aria-label=\"the &quot;exact&quot; words\" "
            + "placeholder=\"the &quot;exact&quot; words\" size=\"19\"> if <input type=\"text\" class=\"fill-in\" "
            + "data-field=\"a &lt; b &amp; c\" aria-label=\"a &lt; b &amp; c\" placeholder=\"a &lt; b &amp; c\" size=\"11\">.</p>\n")
        #expect(render(document, style: .text) == "<p>Say <span class=\"fill-in-text\">[the &quot;exact&quot; words]</span> "
            + "if <span class=\"fill-in-text\">[a &lt; b &amp; c]</span>.</p>\n")
    }

    @Test func namesAreTrimmed() {
        let document = MarkdownParser.parse("[  reason ]", placeholders: true)
        #expect(document.blocks == [.paragraph([.placeholder("reason")])])
    }

    @Test func placeholderNamesAreUniqueInOrderOfFirstAppearance() {
        let markdown = """
        Dear [name], about [request]:

        > [name], we can [action] your [request].
        """
        #expect(MarkdownParser.parse(markdown, placeholders: true).placeholderNames == ["name", "request", "action"])
    }

    @Test func nestedBracketsKeepTheInnerPlaceholder() {
        let document = MarkdownParser.parse("[a [b] c]", placeholders: true)
        #expect(document.placeholderNames == ["b"])
        #expect(document.blocks == [.paragraph([.text("[a "), .placeholder("b"), .text(" c]")])])
    }

    @Test func calloutMarkerStillWorksWithPlaceholders() {
        let document = MarkdownParser.parse("> [!INTERNAL] Offer [amount] at most.", placeholders: true)
        #expect(document.blocks == [.callout(Callout(
            kind: .internal, blocks: [.paragraph([.text("Offer "), .placeholder("amount"), .text(" at most.")])],
            location: SourceLocation(line: 1, column: 1)))])
    }
}
