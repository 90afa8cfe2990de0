@testable import CasebookCore
import Testing

/// Front matter that could leave a page's audience to the default by accident is an error,
/// never a warning: an empty `audience`, a key one or two edits from it, and YAML merge keys.
@Suite struct VisibilityFailsClosedTests {
    typealias Case = FrontMatterDecoderTests.Case

    static let cases: [Case] = [
        Case("empty audience", .faq, "title: A\naudience:",
             ["content/faq/page.md:3:10: error: 'audience' is empty: write 'public' or 'internal'"]),
        Case("null audience", .faq, "title: A\naudience: ~",
             ["content/faq/page.md:3:11: error: 'audience' is empty: write 'public' or 'internal'"]),
        Case("audience misspelt by one letter", .faq, "title: A\naudiance: internal",
             ["content/faq/page.md:3:1: error: unknown front-matter key 'audiance'; did you mean 'audience'? "
              + "(a misspelt audience is an error: the page would get the default audience)"]),
        Case("audience missing a letter", .faq, "title: A\naudence: internal",
             ["content/faq/page.md:3:1: error: unknown front-matter key 'audence'; did you mean 'audience'? "
              + "(a misspelt audience is an error: the page would get the default audience)"]),
        Case("audience capitalised", .faq, "title: A\nAudience: internal",
             ["content/faq/page.md:3:1: error: unknown front-matter key 'Audience'; did you mean 'audience'? "
              + "(a misspelt audience is an error: the page would get the default audience)"]),
        Case("audience with two letters swapped", .faq, "title: A\naudeince: internal",
             ["content/faq/page.md:3:1: error: unknown front-matter key 'audeince'; did you mean 'audience'? "
              + "(a misspelt audience is an error: the page would get the default audience)"]),
        Case("audiences", .faq, "title: A\naudiences: internal",
             ["content/faq/page.md:3:1: error: unknown front-matter key 'audiences'; did you mean 'audience'? "
              + "(a misspelt audience is an error: the page would get the default audience)"]),
        Case("merge key", .faq, "title: A\n<<: {audience: internal}",
             ["content/faq/page.md:3:1: error: YAML merge keys ('<<') are not supported: write each key out"]),
        Case("merge key from an anchor", .faq, "title: A\nshared: &shared {audience: internal}\n<<: *shared",
             ["content/faq/page.md:4:1: error: YAML merge keys ('<<') are not supported: write each key out",
              "content/faq/page.md:3:1: warning: unknown front-matter key 'shared'"]),
        Case("merge key in an authority entry", .policies,
             "title: A\nowner: B\nauthority:\n  - { <<: {role: Agent}, up_to: $5 }",
             ["content/policies/page.md:5:7: error: YAML merge keys ('<<') are not supported: write each key out",
              "content/policies/page.md:5:5: error: an 'authority' entry needs a 'role'"]),
        // Further from 'audience', a typo stays a warning.
        Case("a key three edits from audience", .faq, "title: A\naudi: internal",
             ["content/faq/page.md:3:1: warning: unknown front-matter key 'audi'"]),
    ]

    @Test(arguments: cases)
    func isReported(_ testCase: Case) {
        let (_, diagnostics) = FrontMatterDecoder.decode(testCase.yaml, type: testCase.type,
                                                         path: FrontMatterDecoderTests.path(testCase.type))
        #expect(diagnostics.map(\.description) == testCase.expected)
    }

    @Test func aMergeKeyInTheConfigurationIsAnError() {
        let (_, diagnostics) = SiteConfigurationLoader.parse("defaults:\n  faq:\n    <<: {audience: public}\n")
        #expect(diagnostics.map(\.description) == [
            "casebook.yml:3:5: error: YAML merge keys ('<<') are not supported: write each key out",
        ])
    }
}
