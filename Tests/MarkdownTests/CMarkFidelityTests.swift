@testable import Markdown
import Testing

/// Where our renderer must write what libcmark-gfm's own `cmark_render_html` writes: link and
/// image destinations escaped as cmark escapes them, a code fence's language up to the first
/// whitespace, a footnote's back-link inside its last paragraph. Expected HTML is cmark's,
/// with only our documented additions (`loading="lazy"`, footnote ids and labels) on top.
@Suite("Faithful to cmark-gfm")
struct CMarkFidelityTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var markdown: String
        var html: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "space in a pointy-bracket destination", markdown: "[a](</my uri>)",
             html: "<p><a href=\"/my%20uri\">a</a></p>\n"),
        Case(name: "backslash", markdown: "[a](foo\\bar)", html: "<p><a href=\"foo%5Cbar\">a</a></p>\n"),
        Case(name: "brackets and backslashes in an autolink", markdown: "<http://example.com/\\[\\>",
             html: "<p><a href=\"http://example.com/%5C%5B%5C\">http://example.com/\\[\\</a></p>\n"),
        Case(name: "closing bracket in an autolink", markdown: "<http://example.com/?search=](uri)>",
             html: "<p><a href=\"http://example.com/?search=%5D(uri)\">http://example.com/?search=](uri)</a></p>\n"),
        Case(name: "backtick", markdown: "<http://foo.bar.`baz>",
             html: "<p><a href=\"http://foo.bar.%60baz\">http://foo.bar.`baz</a></p>\n"),
        Case(name: "non-ASCII from an entity", markdown: "[a](/f&ouml;&ouml; \"f&ouml;&ouml;\")",
             html: "<p><a href=\"/f%C3%B6%C3%B6\" title=\"föö\">a</a></p>\n"),
        Case(name: "existing escapes kept, the rest encoded", markdown: "[a](foo%20b&auml;)",
             html: "<p><a href=\"foo%20b%C3%A4\">a</a></p>\n"),
        Case(name: "double quotes", markdown: "[a](\"title\")", html: "<p><a href=\"%22title%22\">a</a></p>\n"),
        Case(name: "no-break space", markdown: "[a](/url\u{A0}\"title\")",
             html: "<p><a href=\"/url%C2%A0%22title%22\">a</a></p>\n"),
        Case(name: "ampersand and single quote as entities", markdown: "[a](?x=1&y='z')",
             html: "<p><a href=\"?x=1&amp;y=&#x27;z&#x27;\">a</a></p>\n"),
        Case(name: "reserved characters kept", markdown: "[a](https://x.example/a-b_c.d~e!$()*+,;=:@/?q#f)",
             html: "<p><a href=\"https://x.example/a-b_c.d~e!$()*+,;=:@/?q#f\">a</a></p>\n"),
        Case(name: "query only", markdown: "[q](?a=1)", html: "<p><a href=\"?a=1\">q</a></p>\n"),
        Case(name: "encoded fragment stays encoded", markdown: "[f](#a%20b)", html: "<p><a href=\"#a%20b\">f</a></p>\n"),
        Case(name: "image source", markdown: "![i](</a b/ö.png>)",
             html: "<p><img src=\"/a%20b/%C3%B6.png\" alt=\"i\" loading=\"lazy\"></p>\n"),
        Case(name: "info string up to a tab", markdown: "```ruby\tstartline=3\nx\n```",
             html: "<pre><code class=\"language-ruby\">x\n</code></pre>\n"),
        Case(name: "info string up to a space", markdown: "``` ruby startline=3\nx\n```",
             html: "<pre><code class=\"language-ruby\">x\n</code></pre>\n"),
        Case(name: "footnote back-link inside the last paragraph", markdown: "Text[^1].\n\n[^1]: One.\n\n    Two.\n",
             html: """
                <p>Text<sup class="footnote-ref"><a href="#fn-1" id="fnref-1">1</a></sup>.</p>
                <section class="footnotes" aria-label="Footnotes">
                <ol>
                <li id="fn-1">
                <p>One.</p>
                <p>Two. <a href="#fnref-1" class="footnote-backref" aria-label="Back to reference 1">↩</a></p>
                </li>
                </ol>
                </section>

                """),
        Case(name: "footnote back-link after a last block that is not a paragraph", markdown: "Text[^1].\n\n[^1]: - a\n",
             html: """
                <p>Text<sup class="footnote-ref"><a href="#fn-1" id="fnref-1">1</a></sup>.</p>
                <section class="footnotes" aria-label="Footnotes">
                <ol>
                <li id="fn-1">
                <ul>
                <li>a
                </li>
                </ul>
                <a href="#fnref-1" class="footnote-backref" aria-label="Back to reference 1">↩</a>
                </li>
                </ol>
                </section>

                """),
    ]

    @Test(arguments: cases)
    func rendersAsCMarkDoes(_ testCase: Case) {
        #expect(renderHTML(testCase.markdown) == testCase.html)
    }
}
