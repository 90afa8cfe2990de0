import Foundation
@testable import CasebookCore
import Markdown
import Testing

@Suite("Content loading and validation")
struct ContentValidatorTests {
    static let billingErrors = page("title: Billing errors\naudience: public")

    static let lateFee = """
    ---
    title: Late fee waiver
    owner: Billing team
    ---
    # Late fee waiver

    ## Limits

    Up to $25.

    > [!INTERNAL]
    > ## Override
    > Secret codes.
    """

    static let publicTerms = """
    ---
    title: Terms
    owner: Legal
    audience: public
    ---
    ## Fees

    > [!INTERNAL]
    > ## Exceptions
    > Staff only.
    """

    static let refunds = """
    ---
    title: How long do refunds take?
    audience: public
    categories: [biling-errors]
    related: [scripts/nope.md, policies/public-terms.md]
    ---
    See [the missing page](../policies/nope.md).

    Read [the waiver](../policies/late-fee.md) for details.

    > [!INTERNAL]
    > Staff: see [the waiver](../policies/late-fee.md#limits).

    See [fees](../policies/public-terms.md#feez) and [exceptions](../policies/public-terms.md#exceptions).

    Don't [click](javascript:alert(1)). Get [the form](form.pdf) and ![chart](../images/chart.png).
    """

    static let apology = """
    ---
    title: Apology
    outcome: inform
    ---
    > [!INTRENAL]
    > Secret.

    Hello <b>[name]</b>.
    """

    static let files: [String: String] = [
        "content/categories/billing-errors.md": billingErrors,
        "content/categories/staff-only.md": page("title: Staff only"),
        "content/policies/late-fee.md": lateFee,
        "content/policies/public-terms.md": publicTerms,
        "content/faq/refunds.md": refunds,
        "content/faq/form.pdf": "%PDF-1.4",
        "content/images/chart.png": "png",
        "content/scripts/apology.md": apology,
        "content/faq/cafe.md": page("title: Café\naudience: public", "Café – see [x](missing.md)."),
    ]

    @Test func everyDiagnosticWithItsPosition() throws {
        let descriptions = try ContentFixture.with(Self.files) { fixture in
            fixture.load().1.sorted.map(\.description)
        }
        #expect(descriptions == [
            "content/faq/cafe.md:5:12: error: link to 'missing.md': no page content/faq/missing.md",
            "content/faq/refunds.md:4:14: error: unknown category 'biling-errors'; did you mean 'billing-errors'?",
            "content/faq/refunds.md:5:11: error: 'related' names 'scripts/nope.md', which is not a page "
                + "(write it relative to content/, e.g. 'scripts/granting-an-exception.md')",
            "content/faq/refunds.md:7:5: error: link to '../policies/nope.md': no page content/policies/nope.md",
            "content/faq/refunds.md:9:6: error: public page links to internal page 'policies/late-fee.md': "
                + "make the target public, or move the link into a [!INTERNAL] callout",
            "content/faq/refunds.md:14:5: warning: link to '../policies/public-terms.md#feez': no heading 'feez'; "
                + "did you mean 'fees'?",
            "content/faq/refunds.md:14:50: error: link to '../policies/public-terms.md#exceptions': heading 'exceptions' "
                + "is inside an [!INTERNAL] callout, which the public site leaves out",
            "content/faq/refunds.md:16:7: warning: link to 'javascript:alert(1)' dropped: only http, https, mailto "
                + "and tel links are allowed",
            "content/scripts/apology.md:5:1: error: unknown callout '[!INTRENAL]': use one of NOTE, TIP, IMPORTANT, "
                + "WARNING, CAUTION, INTERNAL; did you mean '[!INTERNAL]'? (the quote is kept off the public site)",
            "content/scripts/apology.md:8:7: warning: raw HTML is not passed through; it is left out of the page",
            "content/scripts/apology.md:8:16: warning: raw HTML is not passed through; it is left out of the page",
        ])
    }

    /// A page's body is not kept after reading: a diagnostic's column is worked out from the
    /// file read again, and with the file gone it is the parser's byte column.
    @Test func columnsComeFromTheFileReadAgainOrFromTheParser() throws {
        let files = ["content/faq/fees.md": page("title: Fees", "Frais — voir [ici](../policies/nope.md).\n")]
        let (withFile, withoutFile) = try ContentFixture.with(files) { fixture in
            let layout = RepositoryLayout(root: fixture.root)
            let withFile = ContentValidator.validate(ContentLoader.load(layout)).1.all.map(\.description)
            let loaded = ContentLoader.load(layout)
            try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("content/faq/fees.md"))
            return (withFile, ContentValidator.validate(loaded).1.all.map(\.description))
        }
        #expect(withFile.contains { $0.hasPrefix("content/faq/fees.md:4:14: ") }, "\(withFile)")
        #expect(withoutFile.contains { $0.hasPrefix("content/faq/fees.md:4:16: ") }, "\(withoutFile)")
    }

    @Test func linkTargetsAreResolved() throws {
        let targets = try ContentFixture.with(Self.files) { fixture in
            fixture.load().0.linkTargets[PageKey(type: .faq, id: "refunds")] ?? [:]
        }
        #expect(targets == [
            "../policies/nope.md": .dropped,
            "../policies/late-fee.md": .page(PageKey(type: .policies, id: "late-fee"), fragment: nil),
            "../policies/late-fee.md#limits": .page(PageKey(type: .policies, id: "late-fee"), fragment: "limits"),
            "../policies/public-terms.md#feez": .page(PageKey(type: .policies, id: "public-terms"), fragment: "feez"),
            "../policies/public-terms.md#exceptions":
                .page(PageKey(type: .policies, id: "public-terms"), fragment: "exceptions"),
            "javascript:alert(1)": .dropped,
            "form.pdf": .file("faq/form.pdf", fragment: nil),
            "../images/chart.png": .file("images/chart.png", fragment: nil),
        ])
    }

    @Test func pagesAndAudiences() throws {
        let (keys, audiences, types) = try ContentFixture.with(Self.files) { fixture in
            let graph = fixture.load().0
            return (graph.pages.map(\.key.description), graph.pages.map(\.audience), graph.pages.map(\.key.type))
        }
        #expect(keys == ["categories/billing-errors.md", "categories/staff-only.md", "policies/late-fee.md",
                         "policies/public-terms.md", "faq/cafe.md", "faq/refunds.md", "scripts/apology.md"])
        #expect(audiences == [.public, .internal, .internal, .public, .public, .public, .internal])
        #expect(types == [.categories, .categories, .policies, .policies, .faq, .faq, .scripts])
    }

    @Test func badFileNamesAreErrorsNamingTheFile() throws {
        let files = [
            "content/policies/Late-Fee.md": page("title: Late fee\nowner: Billing"),
            "content/faq/what now.md": page("title: What now?"),
            "content/faq/_draft.md": page("title: Draft"),
            "content/faq/ok-1.md": page("title: Fine"),
        ]
        let (keys, descriptions) = try ContentFixture.with(files) { fixture in
            let (graph, diagnostics) = fixture.load()
            return (graph.pages.map(\.key.description), diagnostics.sorted.map(\.description))
        }
        let rule = "is not a valid page id: use lowercase letters, digits and hyphens, starting with a letter or digit"
        #expect(descriptions == [
            "content/faq/_draft.md:1:1: error: file name '_draft.md' \(rule) (e.g. 'draft.md')",
            "content/faq/what now.md:1:1: error: file name 'what now.md' \(rule) (e.g. 'what-now.md')",
            "content/policies/Late-Fee.md:1:1: error: file name 'Late-Fee.md' \(rule) (e.g. 'late-fee.md')",
        ])
        #expect(keys == ["faq/ok-1.md"])
    }

    @Test func readmeFilesAreNotPages() throws {
        let files = [
            "content/README.md": "# Content\n\nHow this folder works.\n",
            "content/faq/README.md": "The FAQ folder. No front matter.\n",
            "content/faq/refunds.md": page("title: Refunds"),
        ]
        let (keys, diagnostics, otherFiles) = try ContentFixture.with(files) { fixture in
            let loaded = ContentLoader.load(RepositoryLayout(root: fixture.root))
            return (loaded.pages.map(\.key.description), loaded.diagnostics.all, loaded.otherFiles)
        }
        #expect(keys == ["faq/refunds.md"])
        #expect(diagnostics == [])
        #expect(otherFiles == [])
    }

    @Test func markdownOutsideTheTypeFoldersIsIgnoredWithAWarning() throws {
        let files = [
            "content/notes/idea.md": page("title: Idea"),
            "content/faq/archive/old.md": page("title: Old"),
            "content/top.md": page("title: Top"),
            "content/.hidden/secret.md": "not even read",
            "content/faq/.draft.md": "hidden too",
        ]
        let descriptions = try ContentFixture.with(files) { fixture in
            fixture.load().1.sorted.map(\.description)
        }
        let message = "warning: not a page: pages stand directly in categories/, policies/, faq/, scripts/; ignored"
        #expect(descriptions == [
            "content/faq/archive/old.md:1:1: \(message)",
            "content/notes/idea.md:1:1: \(message)",
            "content/top.md:1:1: \(message)",
        ])
    }

    @Test func unreadableFilesAreErrors() throws {
        let fixture = try ContentFixture([
            "content/faq/empty.md": "",
            "content/faq/no-front-matter.md": "Just an answer.\n",
            "content/faq/unclosed.md": "---\ntitle: A\n\nBody\n",
        ])
        defer { fixture.remove() }
        try fixture.write(Data(Array("---\ntitle: ".utf8) + [0xFF] + Array("\n---\n".utf8)), to: "content/faq/latin1.md")
        let (graph, diagnostics) = fixture.load()
        #expect(graph.pages.isEmpty)
        #expect(diagnostics.sorted.map(\.description) == [
            "content/faq/empty.md:1:1: error: the file is empty: a page starts with front matter between two '---' lines",
            "content/faq/latin1.md:2:8: error: the file is not valid UTF-8: save it as UTF-8",
            "content/faq/no-front-matter.md:1:1: error: no front matter: the first line must be '---'",
            "content/faq/unclosed.md:1:1: error: front matter is not closed: add a line '---' after the last key",
        ])
    }

    @Test func frontMatterProblemsAreReportedAtFilePositions() throws {
        let files = [
            "content/policies/late-fee.md": "\u{FEFF}---\r\ntitle: Late fee\r\ncatgories: [x]\r\neffective: 2026-02-30\r\n---\r\nBody\r\n",
        ]
        let descriptions = try ContentFixture.with(files) { fixture in
            fixture.load().1.sorted.map(\.description)
        }
        #expect(descriptions == [
            "content/policies/late-fee.md:1:1: error: missing 'owner': a policy names the team or role accountable for it (add 'owner:' or a CODEOWNERS rule for this file)",
            "content/policies/late-fee.md:3:1: warning: unknown front-matter key 'catgories'; did you mean 'categories'?",
            "content/policies/late-fee.md:4:12: error: 'effective' must be a date written YYYY-MM-DD, not '2026-02-30'",
        ])
    }

    @Test func publicPageMayLinkToAnInternalPageInsideAnInternalCallout() throws {
        let files = [
            "content/policies/secret.md": page("title: Secret\nowner: Ops", "## Steps\n"),
            "content/faq/open.md": page("title: Open\naudience: public", """
            Public text.

            > [!INTERNAL]
            > See [the secret policy](../policies/secret.md#steps).

            - Item

              > [!INTERNAL] Also [here](../policies/secret.md).
            """),
            // An internal page may link to anything.
            "content/faq/closed.md": page("title: Closed", "See [secret](../policies/secret.md)."),
        ]
        let (diagnostics, graph) = try ContentFixture.with(files) { fixture in
            let (graph, diagnostics) = fixture.load()
            return (diagnostics.all, graph)
        }
        #expect(diagnostics == [])
        #expect(graph.pageLinks.sorted { ($0.from, $0.insideInternal ? 1 : 0) < ($1.from, $1.insideInternal ? 1 : 0) } == [
            ContentGraph.PageLink(from: PageKey(type: .faq, id: "closed"), to: PageKey(type: .policies, id: "secret"),
                                  insideInternal: false),
            ContentGraph.PageLink(from: PageKey(type: .faq, id: "open"), to: PageKey(type: .policies, id: "secret"),
                                  insideInternal: true),
            ContentGraph.PageLink(from: PageKey(type: .faq, id: "open"), to: PageKey(type: .policies, id: "secret"),
                                  insideInternal: true),
        ])
    }

    @Test func publicPageLinkingToAnInternalPageThroughTheDefaultAudience() throws {
        // casebook.yml makes FAQ entries public by default; policies stay internal.
        let files = [
            "casebook.yml": "defaults:\n  faq: { audience: public }\n",
            "content/policies/secret.md": page("title: Secret\nowner: Ops"),
            "content/faq/open.md": page("title: Open", "[x](../policies/secret.md)"),
        ]
        let descriptions = try ContentFixture.with(files) { fixture in
            fixture.load().1.sorted.map(\.description)
        }
        #expect(descriptions == [
            "content/faq/open.md:4:1: error: public page links to internal page 'policies/secret.md': "
                + "make the target public, or move the link into a [!INTERNAL] callout",
        ])
    }

    @Test func fragmentsOfTheSamePage() throws {
        let files = [
            "content/faq/page.md": page("title: Page\naudience: public", """
            ## Steps

            Go to [steps](#steps), [missing](#stepz), [top](#) and [note](#fn-1).

            > [!INTERNAL]
            > ## Codes
            > Internal [codes link](#codes) is fine.

            Public [codes link](#codes) is not.
            """),
        ]
        let descriptions = try ContentFixture.with(files) { fixture in
            fixture.load().1.sorted.map(\.description)
        }
        #expect(descriptions == [
            "content/faq/page.md:7:24: warning: link to '#stepz': no heading 'stepz'; did you mean 'steps'?",
            "content/faq/page.md:13:8: error: link to '#codes': heading 'codes' is inside an [!INTERNAL] callout, "
                + "which the public site leaves out",
        ])
    }

    @Test func internalPageMayLinkToInternalHeadings() throws {
        let files = [
            "content/policies/a.md": page("title: A\nowner: O", "> [!INTERNAL]\n> ## Codes\n"),
            "content/policies/b.md": page("title: B\nowner: O", "[codes](a.md#codes)"),
        ]
        let diagnostics = try ContentFixture.with(files) { fixture in fixture.load().1.all }
        #expect(diagnostics == [])
    }

    @Test func nestingTooDeepIsAnError() throws {
        let files = ["content/faq/deep.md": page("title: Deep", "Intro.\n\n" + String(repeating: "> ", count: 200) + "deep")]
        let descriptions = try ContentFixture.with(files) { fixture in fixture.load().1.sorted.map(\.description) }
        #expect(descriptions == [
            "content/faq/deep.md:6:129: error: content nested more than 64 levels deep; the deeper part is left out",
        ])
    }

    @Test func missingContentFolder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let (graph, diagnostics) = ContentRepository.load(RepositoryLayout(root: root))
        #expect(graph.pages.isEmpty)
        #expect(diagnostics.all.map(\.description) == ["content:1:1: error: no content/ folder in \(root.path)"])
        #expect(diagnostics.errorCount == 1)
        #expect(diagnostics.summary == "1 error, 0 warnings")
    }

    @Test func diagnosticsSummaryAndOrder() {
        var diagnostics = Diagnostics()
        diagnostics.append(Diagnostic(.warning, "content/faq/b.md", line: 2, column: 1, "w"))
        diagnostics.append(Diagnostic(.error, "content/faq/a.md", line: 10, column: 1, "e"))
        diagnostics.append(Diagnostic(.error, "content/faq/a.md", line: 9, column: 3, "e"))
        diagnostics.append(Diagnostic(.error, "content/faq/a.md", line: 9, column: 3, "e"))
        // The same diagnostic twice is one line, and counted once.
        #expect(diagnostics.summary == "2 errors, 1 warning")
        #expect(diagnostics.hasErrors)
        #expect(diagnostics.sorted.map(\.description) == [
            "content/faq/a.md:9:3: error: e",
            "content/faq/a.md:10:1: error: e",
            "content/faq/b.md:2:1: warning: w",
        ])
    }
}
