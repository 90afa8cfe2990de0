@testable import CasebookCore
import CasebookTestSupport
import Foundation
import Testing

@Suite("CODEOWNERS") struct CodeOwnersTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var pattern: String
        var matches: [String]
        var misses: [String]
        var testDescription: String { pattern }
    }

    static let cases: [Case] = [
        Case(pattern: "*", matches: ["content/policies/a.md", "CODEOWNERS"], misses: []),
        Case(pattern: "*.md", matches: ["content/policies/a.md", "a.md"], misses: ["content/files/a.pdf"]),
        Case(pattern: "/content/policies/", matches: ["content/policies/a.md"], misses: ["x/content/policies/a.md", "content/faq/a.md"]),
        Case(pattern: "policies/", matches: ["content/policies/a.md", "x/policies/deep/b.md"], misses: ["content/policies.md"]),
        Case(pattern: "content/policies/*", matches: ["content/policies/a.md"], misses: ["content/policies/sub/b.md"]),
        Case(pattern: "content/**/late-*.md", matches: ["content/policies/late-fee.md", "content/late-x.md"],
             misses: ["content/policies/early-fee.md"]),
        Case(pattern: "**/faq", matches: ["content/faq/a.md", "faq"], misses: ["content/faqs/a.md"]),
        Case(pattern: "content/policies/late-fee.md", matches: ["content/policies/late-fee.md"],
             misses: ["content/policies/late-fee.md.bak", "other/content/policies/late-fee.md"]),
        Case(pattern: "content/policies/fee-?.md", matches: ["content/policies/fee-a.md"], misses: ["content/policies/fee-ab.md"]),
        Case(pattern: "late-fee.md", matches: ["content/policies/late-fee.md", "late-fee.md"], misses: ["content/policies/late-fees.md"]),
        Case(pattern: "content", matches: ["content/policies/a.md"], misses: ["contents/a.md"]),
    ]

    @Test(arguments: cases) func patternsMatchAsGitHostsDo(_ testCase: Case) {
        let (owners, diagnostics) = CodeOwners.parse("\(testCase.pattern) @team", path: "CODEOWNERS")
        #expect(diagnostics.isEmpty)
        for path in testCase.matches {
            #expect(owners.owners(of: path)?.owners == ["@team"], "\(testCase.pattern) should match \(path)")
        }
        for path in testCase.misses {
            #expect(owners.owners(of: path) == nil, "\(testCase.pattern) should not match \(path)")
        }
    }

    @Test func theLastMatchingRuleDecides() {
        let text = """
            # Everything belongs to the policy team,
            *                       @northwind/policy   ops@northwind.example
            content/policies/       @northwind/care-ops # except policies
            content/policies/late-* @northwind/billing
            content/policies/unowned.md
            """
        let (owners, _) = CodeOwners.parse(text, path: ".github/CODEOWNERS")
        #expect(owners.owners(of: "content/faq/a.md") == CodeOwners.Match(owners: ["@northwind/policy", "ops@northwind.example"], line: 2))
        #expect(owners.owners(of: "content/policies/refunds.md") == CodeOwners.Match(owners: ["@northwind/care-ops"], line: 3))
        #expect(owners.owners(of: "content/policies/late-fee.md") == CodeOwners.Match(owners: ["@northwind/billing"], line: 4))
        // A rule without owners takes ownership away.
        #expect(owners.owners(of: "content/policies/unowned.md") == CodeOwners.Match(owners: [], line: 5))
    }

    @Test func escapesCommentsAndUnsupportedSyntax() {
        let text = "\\#hash.md @a\n  # indented comment\n!negated.md @b\ncontent/[ab].md @c\nplain\\ space.md @d\r\n"
        let (owners, diagnostics) = CodeOwners.parse(text, path: "CODEOWNERS")
        #expect(owners.owners(of: "#hash.md")?.owners == ["@a"])
        #expect(owners.owners(of: "plain space.md")?.owners == ["@d"])
        #expect(owners.owners(of: "negated.md") == nil)
        #expect(diagnostics.map(\.description) == [
            "CODEOWNERS:3:1: warning: CODEOWNERS pattern '!negated.md' uses '!' negation, which git hosts do not support; the line is ignored",
            "CODEOWNERS:4:1: warning: CODEOWNERS pattern 'content/[ab].md' uses a '[...]' range, which git hosts do not support; the line is ignored",
        ])
    }

    @Test func theFileIsFoundWhereGitHubLooksFirst() throws {
        let root = try TemporaryDirectory([
            "CODEOWNERS": "* @root",
            ".github/CODEOWNERS": "* @github",
            "docs/CODEOWNERS": "* @docs",
        ])
        defer { root.remove() }
        let (owners, _) = CodeOwnersFile.load(RepositoryLayout(root: root.url))
        #expect(owners?.path == ".github/CODEOWNERS")
        #expect(owners?.owners(of: "content/policies/a.md")?.owners == ["@github"])

        let docsOnly = try TemporaryDirectory(["docs/CODEOWNERS": "* @docs"])
        defer { docsOnly.remove() }
        #expect(CodeOwnersFile.load(RepositoryLayout(root: docsOnly.url)).0?.path == "docs/CODEOWNERS")

        let none = try TemporaryDirectory(["README.md": "no owners"])
        defer { none.remove() }
        #expect(CodeOwnersFile.load(RepositoryLayout(root: none.url)).0 == nil)
    }
}
