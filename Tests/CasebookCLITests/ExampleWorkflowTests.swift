import CasebookCLI
import CasebookTestSupport
import Foundation
import Testing

/// The example CI files in `examples/` stay true to what `casebook check` prints.
@Suite struct ExampleWorkflowTests {
    static let examples = SampleContentTests.repositoryRoot.appendingPathComponent("examples")

    @Test func theWorkflowRunsTheStrictCheck() throws {
        let workflow = try String(contentsOf: Self.examples.appendingPathComponent("casebook-check.yml"), encoding: .utf8)
        #expect(workflow.contains("pull_request:"))
        #expect(workflow.contains("casebook check --strict"))
        #expect(workflow.contains("fetch-depth: 0"))
    }

    @Test func theProblemMatcherReadsEveryDiagnosticLine() throws {
        struct Matcher: Decodable {
            struct Entry: Decodable { var pattern: [Pattern] }
            struct Pattern: Decodable { var regexp: String }
            var problemMatcher: [Entry]
        }
        let data = try Data(contentsOf: Self.examples.appendingPathComponent("casebook-problem-matcher.json"))
        let pattern = try #require(try JSONDecoder().decode(Matcher.self, from: data).problemMatcher.first?.pattern.first)
        let regex = try NSRegularExpression(pattern: pattern.regexp)

        let root = try Fixture.make(["content/faq/typo.md": "---\ntitle: Typo\ncategories: [billing-errors]\nsumary: x\n---\n"])
        defer { root.remove() }
        let lines = Fixture.check(root, strict: true).standardError.filter { $0.hasPrefix("content/") }
        #expect(lines.count == 3)
        for line in lines {
            let match = regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line))
            #expect(match?.numberOfRanges == 6, "the problem matcher misses \(line)")
            if let match, let severity = Range(match.range(at: 4), in: line) { #expect(line[severity] == "error") }
        }
    }
}
