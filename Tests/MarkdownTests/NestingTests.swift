@testable import Markdown
import Testing

@Suite("Deep nesting")
struct NestingTests {
    @Test func twoHundredNestedBlockquotes() {
        let markdown = String(repeating: "> ", count: 200) + "deep"
        let document = MarkdownParser.parse(markdown)
        // The 65th quote (its '>' at column 2 * 64 + 1) is the first one too deep.
        #expect(document.problems == [.nestingTooDeep(SourceLocation(line: 1, column: 129))])
        #expect(!render(document).contains("deep"))
        #expect(MarkdownParser.maximumNesting == 64)
    }

    @Test func nestingUpToTheLimitIsKept() {
        let markdown = String(repeating: "> ", count: 20) + "shallow"
        let document = MarkdownParser.parse(markdown)
        #expect(document.problems == [])
        #expect(render(document).contains("<p>shallow</p>"))
    }

    @Test func deeplyNestedLists() {
        var markdown = ""
        for level in 0..<200 { markdown += String(repeating: "  ", count: level) + "- level \(level)\n" }
        let document = MarkdownParser.parse(markdown)
        #expect(document.problems.contains { if case .nestingTooDeep = $0 { true } else { false } })
        let html = render(document)
        #expect(html.contains("level 0"))
        #expect(!html.contains("level 199"))
    }

    @Test func deeplyNestedEmphasis() {
        let markdown = "start " + String(repeating: "*a ", count: 300) + "x" + String(repeating: " a*", count: 300)
        let document = MarkdownParser.parse(markdown, placeholders: true)
        #expect(document.problems.count == 1)
        #expect(document.problems.allSatisfy { if case .nestingTooDeep = $0 { true } else { false } })
        let html = render(document)
        #expect(html.hasPrefix("<p>start <em>a <em>a "))
        #expect(!html.contains("x"))
    }

    @Test func manyBracketsAroundALink() {
        let markdown = String(repeating: "[", count: 500) + "x" + String(repeating: "](y.md)", count: 500)
        let document = MarkdownParser.parse(markdown, placeholders: true)
        #expect(document.problems == [])
        #expect(document.links.count == 1)
        #expect(render(document).contains("<a href=\"y.md\">x</a>"))
    }

    @Test func internalCalloutBeyondTheLimitNeverLeaks() {
        let markdown = String(repeating: "> ", count: 100) + "[!INTERNAL] secret"
        let document = MarkdownParser.parse(markdown)
        #expect(!render(document.removingInternalCallouts()).contains("secret"))
    }
}
