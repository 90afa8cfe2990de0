@testable import Markdown
import Testing

@Suite("Raw HTML")
struct RawHTMLTests {
    @Test func blockHTMLIsNotRenderedAndIsLocated() {
        let markdown = """
        Intro.

        <div class="promo">
        <script>alert("hi")</script>
        </div>

        After.
        """
        let document = MarkdownParser.parse(markdown)
        #expect(render(document) == "<p>Intro.</p>\n<p>After.</p>\n")
        #expect(document.rawHTMLLocations == [SourceLocation(line: 3, column: 1)])
    }

    @Test func inlineHTMLIsNotRenderedAndIsLocated() {
        let document = MarkdownParser.parse("First line.\nText with <b>bold</b> and <img src=x onerror=alert(1)>.")
        #expect(render(document) == "<p>First line.\nText with bold and .</p>\n")
        #expect(document.rawHTMLLocations == [
            SourceLocation(line: 2, column: 11),
            SourceLocation(line: 2, column: 18),
            SourceLocation(line: 2, column: 27),
        ])
    }

    @Test func htmlInsideCalloutsAndListsIsLocatedToo() {
        let markdown = """
        - item <span>x</span>

        > [!NOTE]
        > <iframe src="https://evil.example"></iframe>
        """
        let document = MarkdownParser.parse(markdown)
        let html = render(document)
        #expect(!html.contains("<span"))
        #expect(!html.contains("iframe"))
        #expect(document.rawHTMLLocations == [
            SourceLocation(line: 1, column: 8),
            SourceLocation(line: 1, column: 15),
            SourceLocation(line: 4, column: 3),
        ])
    }

    @Test func textThatLooksLikeHTMLInCodeIsEscapedNotDropped() {
        #expect(renderHTML("Use `<b>` for bold.") == "<p>Use <code>&lt;b&gt;</code> for bold.</p>\n")
        #expect(renderHTML("```html\n<p>x</p>\n```") == "<pre><code class=\"language-html\">&lt;p&gt;x&lt;/p&gt;\n</code></pre>\n")
        #expect(MarkdownParser.parse("Use `<b>`.").rawHTMLLocations == [])
    }

    @Test func textIsEscaped() {
        #expect(renderHTML("5 > 3 & \"quotes\" 'single'") == "<p>5 &gt; 3 &amp; &quot;quotes&quot; &#39;single&#39;</p>\n")
    }
}
