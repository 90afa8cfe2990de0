import HTMLEscaping
@testable import Markdown
import Testing

@Suite("HTML renderer")
struct HTMLRendererTests {
    @Test(arguments: [
        ("Plain *em* **strong** `code`", "<p>Plain <em>em</em> <strong>strong</strong> <code>code</code></p>\n"),
        ("Line one  \nline two", "<p>Line one<br>\nline two</p>\n"),
        ("Soft\nbreak", "<p>Soft\nbreak</p>\n"),
        ("---", "<hr>\n"),
        ("```swift extra\nlet a = 1 < 2\n```", "<pre><code class=\"language-swift\">let a = 1 &lt; 2\n</code></pre>\n"),
        ("```\"onclick=alert(1)\n1\n```", "<pre><code class=\"language-&quot;onclick=alert(1)\">1\n</code></pre>\n"),
        ("    indented & code", "<pre><code>indented &amp; code\n</code></pre>\n"),
        ("- a\n- b", "<ul>\n<li>a\n</li>\n<li>b\n</li>\n</ul>\n"),
        ("# One\n", "<h1 id=\"one\">One <a class=\"heading-anchor\" href=\"#one\" aria-label=\"Link to this section\">#</a></h1>\n"),
        ("", ""),
        ("&copy; &amp; &#65;", "<p>© &amp; A</p>\n"),
    ])
    func rendering(markdown: String, html: String) {
        #expect(renderHTML(markdown) == html)
    }

    @Test func escapingHelper() {
        #expect(HTMLEscaping.escape("plain") == "plain")
        #expect(HTMLEscaping.escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }

    @Test func plainText() {
        let document = MarkdownParser.parse("A *b* [c](d.md) `e` ![f](g.png)<br>[^1]\nh\n\n[^1]: n")
        guard case .paragraph(let inlines)? = document.blocks.first else {
            Issue.record("expected a paragraph")
            return
        }
        #expect(PlainText.of(inlines) == "A b c e f h")
    }
}
