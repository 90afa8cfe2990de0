@testable import CasebookCore
import Testing

@Suite("Link resolution")
struct LinkResolverTests {
    static let resolver = LinkResolver(
        pageKeys: [
            PageKey(type: .faq, id: "refunds"),
            PageKey(type: .faq, id: "late-payments"),
            PageKey(type: .policies, id: "late-fee"),
        ],
        otherFiles: ["images/chart.png", "faq/form.pdf"])
    static let from = PageKey(type: .faq, id: "refunds")

    struct Case: Sendable, CustomTestStringConvertible {
        var destination: String
        var target: LinkTarget
        var problem: (Diagnostic.Severity, String)?
        var testDescription: String { destination.debugDescription }

        init(_ destination: String, _ target: LinkTarget, _ problem: (Diagnostic.Severity, String)? = nil) {
            self.destination = destination
            self.target = target
            self.problem = problem
        }
    }

    static let cases: [Case] = [
        Case("https://example.com/help", .external("https://example.com/help")),
        Case("HTTP://EXAMPLE.COM", .external("HTTP://EXAMPLE.COM")),
        Case("mailto:help@example.com", .external("mailto:help@example.com")),
        Case("tel:+15551234", .external("tel:+15551234")),
        Case("//cdn.example.com/x.js", .external("https://cdn.example.com/x.js")),
        Case("  https://example.com  ", .external("https://example.com")),
        Case("javascript:alert(1)", .dropped,
             (.warning, "link to 'javascript:alert(1)' dropped: only http, https, mailto and tel links are allowed")),
        Case("JavaScript:alert(1)", .dropped,
             (.warning, "link to 'JavaScript:alert(1)' dropped: only http, https, mailto and tel links are allowed")),
        Case("data:text/html;base64,PHA+", .dropped,
             (.warning, "link to 'data:text/html;base64,PHA+' dropped: only http, https, mailto and tel links are allowed")),
        Case("vbscript:x", .dropped,
             (.warning, "link to 'vbscript:x' dropped: only http, https, mailto and tel links are allowed")),
        Case("", .dropped, (.warning, "empty link")),
        Case("   ", .dropped, (.warning, "empty link")),
        Case("/faq/refunds.md", .dropped,
             (.error, "link to '/faq/refunds.md': link to the .md file with a relative path, e.g. '../faq/refunds.md'")),
        Case("#limits", .samePage(query: nil, fragment: "limits")),
        Case("#", .samePage(query: nil, fragment: "")),
        Case("#a%20b", .samePage(query: nil, fragment: "a%20b")),
        Case("?a=1", .samePage(query: "a=1", fragment: nil)),
        Case("?a=1#top", .samePage(query: "a=1", fragment: "top")),
        Case("late-payments.md", .page(PageKey(type: .faq, id: "late-payments"), fragment: nil)),
        Case("./late-payments.md", .page(PageKey(type: .faq, id: "late-payments"), fragment: nil)),
        Case("../policies/late-fee.md", .page(PageKey(type: .policies, id: "late-fee"), fragment: nil)),
        Case("../policies/late-fee.md#limits", .page(PageKey(type: .policies, id: "late-fee"), fragment: "limits")),
        Case("../policies/late-fee.md?x=1#limits", .page(PageKey(type: .policies, id: "late-fee"), fragment: "limits")),
        Case("../policies/late-fee.md#caf%C3%A9", .page(PageKey(type: .policies, id: "late-fee"), fragment: "caf%C3%A9")),
        Case("../faq/../policies/late-fee.md", .page(PageKey(type: .policies, id: "late-fee"), fragment: nil)),
        Case("refunds.md#top", .page(PageKey(type: .faq, id: "refunds"), fragment: "top")),
        Case("../policies/nope.md", .dropped, (.error, "link to '../policies/nope.md': no page content/policies/nope.md")),
        Case("../scripts/a%20b.md", .dropped, (.error, "link to '../scripts/a%20b.md': no page content/scripts/a b.md")),
        Case("../../README.md", .dropped, (.error, "link to '../../README.md' points outside content/")),
        Case("..", .dropped, (.error, "link to '..' points outside content/")),
        Case("../images/chart.png", .file("images/chart.png", fragment: nil)),
        Case("form.pdf#page=2", .file("faq/form.pdf", fragment: "page=2")),
        Case("../images/missing.png", .dropped, (.error, "link to '../images/missing.png': no file content/images/missing.png")),
        Case("../other/page.md", .dropped, (.error, "link to '../other/page.md': no page content/other/page.md")),
    ]

    @Test(arguments: cases)
    func resolve(_ testCase: Case) {
        let resolution = Self.resolver.resolve(testCase.destination, from: Self.from)
        #expect(resolution.target == testCase.target)
        #expect(resolution.problem?.0 == testCase.problem?.0)
        #expect(resolution.problem?.1 == testCase.problem?.1)
    }

    @Test(arguments: [
        ("policies/a.md", "", "policies/a.md"),
        ("a.md", "faq", "faq/a.md"),
        ("./a/./b.md", "faq", "faq/a/b.md"),
        ("../policies/a.md", "faq", "policies/a.md"),
        ("x//y.md", "faq", "faq/x/y.md"),
    ])
    func normalize(path: String, folder: String, expected: String) {
        #expect(LinkResolver.normalize(path, relativeTo: folder) == expected)
    }

    @Test(arguments: [("..", "faq"), ("../../x.md", "faq"), ("../policies/a.md", ""), ("", "")])
    func normalizeOutsideContent(path: String, folder: String) {
        #expect(LinkResolver.normalize(path, relativeTo: folder) == nil)
    }

    @Test(arguments: [
        ("https://x", "https"), ("mailto:a@b", "mailto"), ("svn+ssh://h", "svn+ssh"),
    ])
    func scheme(destination: String, expected: String) {
        #expect(LinkResolver.scheme(of: destination) == expected)
    }

    @Test(arguments: ["a.md", "../a.md#x:y", "1http://x", "a b:c", "#x:y"])
    func noScheme(destination: String) {
        #expect(LinkResolver.scheme(of: destination) == nil)
    }
}
