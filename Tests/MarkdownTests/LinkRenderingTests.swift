@testable import Markdown
import Testing

@Suite("Link rewriting")
struct LinkRenderingTests {
    static let resolve: @Sendable (String) -> String? = { destination in
        switch destination {
        case "../policies/late-fee.md": "../../policies/late-fee/"
        case "../policies/late-fee.md#limits": "../../policies/late-fee/#limits"
        case "query.md": "page/?a=1&b=2"
        case "chart.png": "../../files/chart.png"
        default: nil
        }
    }

    @Test func resolvedDestinationIsTheHref() {
        let html = renderHTML("See [the policy](../policies/late-fee.md) and [limits](../policies/late-fee.md#limits).",
                              resolve: Self.resolve)
        #expect(html == "<p>See <a href=\"../../policies/late-fee/\">the policy</a> and "
            + "<a href=\"../../policies/late-fee/#limits\">limits</a>.</p>\n")
    }

    @Test func hrefIsEscaped() {
        #expect(renderHTML("[q](query.md)", resolve: Self.resolve) == "<p><a href=\"page/?a=1&amp;b=2\">q</a></p>\n")
    }

    @Test func droppedLinkKeepsItsText() {
        let html = renderHTML("Click [**here** now](javascript:alert(1)) please.", resolve: Self.resolve)
        #expect(html == "<p>Click <strong>here</strong> now please.</p>\n")
    }

    @Test func droppedAutolinkKeepsItsText() {
        let html = renderHTML("Visit www.example.com.", resolve: { _ in nil })
        #expect(html == "<p>Visit www.example.com.</p>\n")
    }

    @Test func imageIsRewritten() {
        let html = renderHTML("![Fee chart](chart.png \"Fees\")", resolve: Self.resolve)
        #expect(html == "<p><img src=\"../../files/chart.png\" alt=\"Fee chart\" title=\"Fees\" loading=\"lazy\"></p>\n")
    }

    @Test func droppedImageKeepsItsAltText() {
        let html = renderHTML("Before ![A *chart* of <fees> & \"more\"](missing.png) after.", resolve: Self.resolve)
        #expect(html == "<p>Before A chart of  &amp; &quot;more&quot; after.</p>\n")
    }

    @Test func droppedImageWithPlainAltText() {
        #expect(renderHTML("![Fee chart](nope.png)", resolve: Self.resolve) == "<p>Fee chart</p>\n")
    }

    @Test func linkTitleIsEscaped() {
        let html = renderHTML("[x](../policies/late-fee.md \"Say \\\"hi\\\" & <bye> 'now'\")", resolve: Self.resolve)
        #expect(html == "<p><a href=\"../../policies/late-fee/\" title=\"Say &quot;hi&quot; &amp; &lt;bye&gt; &#39;now&#39;\">x</a></p>\n")
    }

    @Test func resolverSeesTheDestinationAsWritten() {
        let html = renderHTML("[a](<my file.md> \"t\") [b](x.md?y=1#z)", resolve: { "[\($0)]" })
        #expect(html == "<p><a href=\"%5Bmy%20file.md%5D\" title=\"t\">a</a> <a href=\"%5Bx.md?y=1#z%5D\">b</a></p>\n")
    }

    @Test func referenceLinkResolves() {
        let html = renderHTML("See [the policy][p].\n\n[p]: ../policies/late-fee.md", resolve: Self.resolve)
        #expect(html == "<p>See <a href=\"../../policies/late-fee/\">the policy</a>.</p>\n")
    }

    @Test func scriptTextMarking() {
        let options = HTMLRenderOptions(resolveLink: { $0 }, placeholderStyle: .field, marksScriptText: true)
        let html = HTMLRenderer(options: options).render(MarkdownParser.parse("> Thank you for calling.\n\n> [!NOTE]\n> n"))
        #expect(html == """
        <blockquote class="script-text">
        <p>Thank you for calling.</p>
        </blockquote>
        <div class="callout callout-note" role="note">
        <p class="callout-title">Note</p>
        <p>n</p>
        </div>

        """)
    }
}
