import Markdown

/// Our HTML and cmark's for one Markdown text, and how they compare.
struct RenderingComparison {
    enum Outcome: String {
        /// Byte for byte the same.
        case exact
        /// The same once Casebook's documented differences are taken into account (`DocumentedDifferences`).
        case documented
        /// Anything else: a bug, or a difference the README does not document.
        case other
    }

    let ours: String
    let cmark: String
    let outcome: Outcome

    init(_ markdown: String, renderer: HTMLRenderer) {
        ours = renderer.render(MarkdownParser.parse(markdown))
        cmark = CMarkHTML.render(markdown)
        if ours == cmark {
            outcome = .exact
        } else {
            let cmarkAsDocumented = DocumentedDifferences.normalize(cmark: CMarkHTML.render(markdown, leavingOutRawHTML: true))
            outcome = DocumentedDifferences.normalize(ours: ours) == cmarkAsDocumented ? .documented : .other
        }
    }
}
