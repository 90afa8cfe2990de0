import CasebookCLI
import CasebookTestSupport
import Foundation
import Testing

/// What `check` prints: one line per diagnostic, whatever the names and values in it, and a
/// closing count that matches the lines (and the JSON entries), however many there are.
@Suite struct DiagnosticOutputTests {
    /// The diagnostic lines of a text `check`: everything but blank lines and the closing count.
    static func diagnosticLines(_ outcome: CommandOutcome) -> [String] {
        outcome.standardError.dropLast().filter { !$0.isEmpty }
    }

    /// A page with `count` links, each to an existing page with a `#fragment` naming no heading.
    static func badFragments(_ count: Int, separator: String) -> String {
        "---\ntitle: Many\nsummary: s\ncategories: [billing-errors]\n---\n"
            + (0..<count).map { "[l\($0)](what-is-an-exception.md#no-\($0))" }.joined(separator: separator) + "\n"
    }

    @Test func aDiagnosticFoundTwiceIsPrintedAndCountedOnce() throws {
        // The grant script names the deny script twice, so the linter finds the same problem twice.
        let root = try Fixture.make([
            "content/scripts/denying.md": "---\ntitle: Denying\nsummary: s\noutcome: deny\ncategories: [billing-errors]\n---\nNo.\n",
            "content/scripts/granting-an-exception.md": """
                ---
                title: Granting an exception
                summary: s
                outcome: grant
                categories: [loyalty-recognition]
                related: [scripts/denying.md, scripts/denying.md]
                ---
                Yes.
                """,
        ])
        defer { root.remove() }
        let text = Fixture.check(root)
        let reciprocal = "content/scripts/denying.md:1:1: warning: 'related' does not name 'scripts/granting-an-exception.md', "
            + "which names this page: a grant script and its deny script should list each other"
        #expect(Self.diagnosticLines(text) == [CheckCommandTests.overdue, reciprocal].sorted())
        #expect(text.standardError.last == "0 errors, 2 warnings in 2 files")

        let json = try CheckCommandTests.report(Fixture.check(root, format: .json))
        #expect(json.diagnostics.count == 2)
        #expect(json.warnings == 2)
    }

    @Test(arguments: [("\n\n", 1_500), (" ", 1_500)])
    func manyBadFragmentsInOneFileAreEachPrintedAndCounted(_ separator: String, _ count: Int) throws {
        let root = try Fixture.make(["content/faq/many.md": Self.badFragments(count, separator: separator)])
        defer { root.remove() }
        let text = Fixture.check(root)
        let lines = Self.diagnosticLines(text)
        let fragments = lines.filter { $0.hasPrefix("content/faq/many.md:") }
        #expect(fragments.count == count)
        #expect(lines.count == count + 1)  // and the fixture's overdue review
        #expect(text.standardError.last == "0 errors, \(count + 1) warnings in 2 files")
        // On one line, each column is still the link's own.
        if separator == " " {
            let prefixLength = "[l0](what-is-an-exception.md#no-0) ".count
            #expect(fragments.first == "content/faq/many.md:6:1: warning: link to 'what-is-an-exception.md#no-0': no heading 'no-0'")
            #expect(fragments.contains("content/faq/many.md:6:\(prefixLength + 1): warning: link to 'what-is-an-exception.md#no-1': no heading 'no-1'"))
        }

        let json = try CheckCommandTests.report(Fixture.check(root, format: .json))
        #expect(json.diagnostics.count == count + 1)
        #expect(json.warnings == count + 1)
    }

    @Test func aFileNameWithANewlineStaysOnOneLine() throws {
        let root = try Fixture.make(["content/faq/bad\nname\u{1B}[31m.md": "---\ntitle: Bad\n---\n"])
        defer { root.remove() }
        let outcome = Fixture.check(root)
        #expect(outcome.standardError.contains(
            "content/faq/bad\\nname\\u{1B}[31m.md:1:1: error: file name 'bad\\nname\\u{1B}[31m.md' is not a valid page id: "
            + "use lowercase letters, digits and hyphens, starting with a letter or digit (e.g. 'bad-name-31m.md')"),
            "\(outcome.standardError)")
        #expect(!outcome.standardError.contains { $0.contains("\n") || $0.contains("\u{1B}") })
        // The JSON report keeps the real name; JSON has its own escapes.
        let json = try CheckCommandTests.report(Fixture.check(root, format: .json))
        #expect(json.diagnostics.contains { $0.path == "content/faq/bad\nname\u{1B}[31m.md" })
    }

    @Test func aValueWithALineBreakStaysOnOneLine() throws {
        let root = try Fixture.make(["content/faq/odd.md": "---\ntitle: Odd\nsummary: s\ncategories: [\"billing\\nerrors\\u2028x\"]\n---\n"])
        defer { root.remove() }
        let outcome = Fixture.check(root)
        #expect(outcome.standardError.contains("content/faq/odd.md:4:14: error: unknown category 'billing\\nerrors\\u{2028}x'; did you mean 'billing-errors'?"),
                "\(outcome.standardError)")
    }
}
