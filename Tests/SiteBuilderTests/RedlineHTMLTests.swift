import CasebookCore
import Markdown
import Testing
@testable import SiteBuilder

/// The staff page's text redline: blocks that read like the page, every word escaped.
@Suite struct RedlineHTMLTests {
    static func html(_ before: String, _ after: String) -> String {
        func blocks(_ markdown: String) -> [ReadableBlock] { MarkdownParser.parse(markdown, publicVersion: false).readableBlocks }
        return RedlineHTML.render(TextRedline(before: blocks(before), after: blocks(after)), strings: DefaultStrings.english)
    }

    @Test func blocksReadLikeThePageWithChangesMarked() {
        let html = Self.html("## Limits\n\n- Up to **$25**.\n", "## Limits\n\n- Up to **$50**, see [the FAQ](../faq/a.md).\n")
        #expect(html == """
            <p class="redline-block" data-change="same" data-heading="2"><strong>Limits</strong></p>
            <p class="redline-block" data-change="edited" data-depth="1"><span class="redline-marker">•</span> \
            Up to $<del>25</del><ins>50, see the FAQ</ins>.</p>
            """)
        for syntax in ["##", "**", "](", ".md"] { #expect(!html.contains(syntax), "\(syntax)") }
    }

    @Test func everyWordAndLabelIsEscaped() {
        let html = Self.html("> [!WARNING]\n> Say \"no\" & mean it.\n", "> [!WARNING]\n> Say \"no\" & mean `<script>` if 1 < 2.\n")
        #expect(html.contains("<span class=\"redline-context\">Warning:</span> Say &quot;no&quot; &amp; mean "))
        #expect(html.contains("&lt;script&gt;") && html.contains("1 &lt; 2"))
        #expect(!html.contains("<script>"))
    }

    @Test func codeKeepsItsLinesAndRemovedBlocksSaySo() {
        let html = Self.html("Intro.\n\n```\nline 1\nline <2>\n```\n", "Intro.\n")
        #expect(html.contains("<div class=\"redline-block\" data-change=\"removed\"><pre><del>line 1\nline &lt;2&gt;</del></pre></div>"))
    }
}
