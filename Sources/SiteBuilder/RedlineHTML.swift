import CasebookCore
import HTMLEscaping
import Markdown

/// Renders a word diff as HTML: `<ins>` and `<del>`, which read without colour.
enum RedlineHTML {
    static func render(_ segments: [WordDiff.Segment]) -> String {
        segments.map { segment in
            switch segment {
            case .same(let text): HTMLEscaping.escape(text)
            case .inserted(let text): "<ins>\(HTMLEscaping.escape(text))</ins>"
            case .deleted(let text): "<del>\(HTMLEscaping.escape(text))</del>"
            }
        }.joined()
    }
}
