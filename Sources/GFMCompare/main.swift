import Foundation
import Markdown

// Compares Casebook's HTML renderer with libcmark-gfm's own over the examples of the GFM spec:
//   swift run gfm-compare path/to/spec.txt [--show documented|other]
// libcmark-gfm parses each example the same way for both; our renderer and cmark_render_html
// turn it into HTML, and the pair is exact, differs only as the README documents, or differs otherwise.

let arguments = Array(CommandLine.arguments.dropFirst())
guard let specPath = arguments.first, let spec = try? String(contentsOfFile: specPath, encoding: .utf8) else {
    FileHandle.standardError.write(Data("usage: gfm-compare path/to/spec.txt [--show documented|other]\n".utf8))
    exit(64)
}
let shown = arguments.firstIndex(of: "--show").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }

let renderer = HTMLRenderer(options: HTMLRenderOptions(resolveLink: DocumentedDifferences.resolveLink))
var counts: [RenderingComparison.Outcome: Int] = [:]
let examples = SpecExample.examples(inSpec: spec)
for example in examples {
    let comparison = RenderingComparison(example.markdown, renderer: renderer)
    counts[comparison.outcome, default: 0] += 1
    if comparison.outcome.rawValue == shown {
        print("Example \(example.number) (\(example.section))\n--- markdown\n\(example.markdown)--- cmark\n\(comparison.cmark)"
              + "--- ours\n\(comparison.ours)")
    }
}
print("\(examples.count) examples: \(counts[.exact, default: 0]) exact, "
      + "\(counts[.documented, default: 0]) differ only by documented additions, \(counts[.other, default: 0]) other")
