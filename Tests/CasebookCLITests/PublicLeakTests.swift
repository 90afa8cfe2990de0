import CasebookTestSupport
import Foundation
import Testing

/// The product's first promise: nothing internal reaches the public site. Canary strings
/// stand in every place the content format's "never shows" list names; every file of the
/// public build is scanned for them, and the staff build must contain them (so the test
/// would notice if the canaries stopped being written at all).
@Suite struct PublicLeakTests {
    /// Canary → where it hides.
    static let canaries: [String: String] = [
        "canary-internal-page-id": "the id and URL of an internal page",
        "CANARY-INTERNAL-TITLE": "the title of an internal page",
        "CANARY-INTERNAL-SUMMARY": "the summary of an internal page",
        "CANARY-INTERNAL-BODY": "the body of an internal page",
        "CANARY-CALLOUT-TEXT": "text in an INTERNAL callout",
        "canary-callout-heading": "a heading (and its anchor) in an INTERNAL callout",
        "canary-callout-link.example": "a link in an INTERNAL callout",
        "CANARY-LIST-ITEM-CALLOUT": "an INTERNAL callout inside a list item",
        "CANARY-QUOTE-CALLOUT": "an INTERNAL callout inside a blockquote",
        "CANARY-NESTED-CALLOUT": "an INTERNAL callout inside a NOTE",
        "CANARY-SAME-LINE-CALLOUT": "text on the marker line of an INTERNAL callout",
        "CANARY-FOOTNOTE": "a footnote referenced only from an INTERNAL callout",
        "CANARY-FOOTNOTE-DEFINED-INSIDE": "a footnote defined inside an INTERNAL callout",
        "canary-internal-sheet": "a file linked only from an INTERNAL callout",
        "canary-refdef-link.example": "a link reference defined inside an INTERNAL callout, used outside",
        "CANARY-REFDEF-TITLE": "the title of a link reference defined inside an INTERNAL callout",
        "canary-refdef-image.example": "an image reference defined inside an INTERNAL callout, used outside",
        "CANARY-LAZY-LINE": "a lazy continuation line of an INTERNAL callout in a list item",
        "CANARY-DEEP-CALLOUT": "an INTERNAL callout four containers deep",
        "CANARY-OWNER": "owner",
        "CANARY-ROLE": "authority role",
        "CANARY-LIMIT": "authority limit",
        "CANARY-SITUATION": "the situation ('when') of an authority row",
        "CANARY-STEP": "a policy's steps",
        "CANARY-GENERAL-LIMIT": "a general policy's limit, shown once on category pages",
        "2031-07-19": "review_by",
        "19 July 2031": "review_by, displayed",
        "CANARY-TAG": "tags",
        "CANARY-UNKNOWN-VALUE": "an unknown front-matter key's value",
        "canary_key": "an unknown front-matter key",
        "canary-internal-category": "the id and URL of an internal category",
        "CANARY-CATEGORY-TITLE": "the title of an internal category",
        "CANARY-SCRIPT-TITLE": "an internal script",
        "@canary-codeowner": "a policy owner taken from CODEOWNERS",
        // Single words, so the search index's terms (lowercased, split at hyphens) would show them too.
        "canarytokencallout": "a word in an INTERNAL callout, as a search term",
        "canarytokeninternalpage": "a word on an internal page, as a search term",
        "CANARY-TRANSLATED-CALLOUT": "an INTERNAL callout in a translation of a public page",
        "canarytokentranslatedcallout": "a word in an INTERNAL callout of a translation, as a search term",
        "CANARY-TRANSLATED-INTERNAL-TITLE": "the title of a translation of an internal page",
        "CANARY-TRANSLATED-INTERNAL-BODY": "the body of a translation of an internal page",
        "CANARY-FAQ-ANSWER-CALLOUT": "an INTERNAL callout in a public FAQ answer, which its FAQPage JSON-LD carries as text",
    ]

    static let files: [String: String] = [
        "casebook.yml": Fixture.configuration(adding: "languages:\n  es: { public: { title: Ayuda de Test Co. } }"),
        "content/policies/late-fee-waiver.es.md": """
            ---
            title: Exención de recargos
            summary: Cuándo eximimos un recargo.
            ---
            Eximimos un recargo una vez al año.

            > [!INTERNAL]
            > CANARY-TRANSLATED-CALLOUT canarytokentranslatedcallout

            ## Límites

            Una vez al año.
            """,
        "content/policies/canary-internal-page-id.es.md": """
            ---
            title: CANARY-TRANSLATED-INTERNAL-TITLE
            ---
            CANARY-TRANSLATED-INTERNAL-BODY
            """,
        "content/policies/canary-internal-page-id.md": """
            ---
            title: CANARY-INTERNAL-TITLE
            summary: CANARY-INTERNAL-SUMMARY
            owner: Team
            categories: [billing-errors]
            ---
            CANARY-INTERNAL-BODY canarytokeninternalpage links to the [public waiver](late-fee-waiver.md).
            """,
        "content/categories/canary-internal-category.md": """
            ---
            title: CANARY-CATEGORY-TITLE
            audience: internal
            ---
            Internal category.
            """,
        "content/scripts/canary-script.md": """
            ---
            title: CANARY-SCRIPT-TITLE
            categories: [billing-errors]
            ---
            > Hello [customer name].
            """,
        "content/files/canary-internal-sheet.pdf": "%PDF",
        "content/faq/can-a-fee-be-waived-twice.md": """
            ---
            title: Can a fee be waived twice?
            summary: Usually once a year.
            ---
            We waive a fee once a year.

            > [!INTERNAL]
            > CANARY-FAQ-ANSWER-CALLOUT: a second waiver needs a supervisor.

            Ask us if something unusual happened.
            """,
        ".github/CODEOWNERS": "# owners of policies without an owner: key\ncontent/policies/public-* @canary-codeowner\n",
        "content/policies/public-general-policy.md": """
            ---
            title: Public general policy
            summary: It applies to every scenario.
            audience: public
            owner: Team
            scope: general
            categories: [billing-errors]
            authority:
              - { role: Agent, up_to: CANARY-GENERAL-LIMIT }
            ---
            General text.
            """,
        "content/policies/public-owned-by-codeowners.md": """
            ---
            title: Public policy owned through CODEOWNERS
            summary: Its owner comes from CODEOWNERS.
            audience: public
            categories: [billing-errors]
            ---
            Public text.
            """,
        "content/policies/late-fee-waiver.md": """
            ---
            title: Late fee waiver
            summary: When we waive a late fee.
            audience: public
            owner: CANARY-OWNER
            effective: 2026-01-15
            review_by: 2031-07-19
            tags: [CANARY-TAG]
            canary_key: CANARY-UNKNOWN-VALUE
            categories: [billing-errors, canary-internal-category]
            related: [policies/canary-internal-page-id.md, faq/what-is-an-exception.md]
            authority:
              - { role: CANARY-ROLE, up_to: CANARY-LIMIT }
              - { role: Agent, up_to: any amount, when: CANARY-SITUATION }
            steps: [CANARY-STEP]
            ---
            We waive a fee once a year.[^public]

            > [!INTERNAL]
            > CANARY-CALLOUT-TEXT canarytokencallout, see [the internal page](canary-internal-page-id.md) and
            > [the sheet](../files/canary-internal-sheet.pdf) and <https://canary-callout-link.example/x>.
            >
            > ### canary callout heading
            >
            > Footnote here.[^secret]
            >
            > [^inside]: CANARY-FOOTNOTE-DEFINED-INSIDE

            - A list item.

              > [!internal]
              > CANARY-LIST-ITEM-CALLOUT

            > A plain quote.
            >
            > > [!INTERNAL]
            > > CANARY-QUOTE-CALLOUT

            > [!NOTE]
            > Public note.
            >
            > > [!INTERNAL]
            > > CANARY-NESTED-CALLOUT

            > [!INTERNAL] CANARY-SAME-LINE-CALLOUT

            Public text with a note.[^inside] See [the form][form-a] and ![the diagram][img-a].

            > [!INTERNAL]
            > Definitions for staff:
            >
            > [form-a]: https://canary-refdef-link.example/form "CANARY-REFDEF-TITLE"
            > [img-a]: https://canary-refdef-image.example/d.png

            1. Step one.
            2. > [!INTERNAL]
               > Call the supervisor line and
            CANARY-LAZY-LINE

            - > Outer quote.
              >
              > - > [!NOTE]
              >   > Public.
              >   >
              >   > > [!INTERNAL]
              >   > > CANARY-DEEP-CALLOUT

            ## Limits

            At most one waiver per year.

            [^public]: A public footnote.
            [^secret]: CANARY-FOOTNOTE
            """,
    ]

    @Test func noCanaryReachesAnyFileOfThePublicSite() throws {
        let root = try Fixture.make(Self.files)
        defer { root.remove() }
        let outcome = Fixture.build(root)
        #expect(outcome.status == .success, "\(outcome.standardError)")

        let publicFiles = Fixture.snapshot(root.url.appendingPathComponent("site/public"))
        #expect(publicFiles.count > 10)
        #expect(publicFiles.keys.contains("policies/late-fee-waiver/index.html"))
        #expect(publicFiles.keys.contains("policies/public-owned-by-codeowners/index.html"))
        #expect(publicFiles.keys.contains("es/policies/late-fee-waiver/index.html"))
        #expect(!publicFiles.keys.contains("es/policies/canary-internal-page-id/index.html"))
        #expect(publicFiles.keys.contains("handbook/index.html"), "the public handbook is among the files scanned")
        #expect(publicFiles.keys.contains("es/handbook/index.html"))
        for staffOnly in ["governance/index.html", "authority/index.html"] {
            #expect(!publicFiles.keys.contains(staffOnly), "the public site has the staff page \(staffOnly)")
        }
        for (path, data) in publicFiles {
            let text = String(decoding: data, as: UTF8.self).lowercased()
            #expect(!path.lowercased().contains("canary"), "file name \(path) leaks")
            for (canary, place) in Self.canaries {
                #expect(!text.contains(canary.lowercased()), "public/\(path) leaks \(place) (\(canary))")
            }
        }
        let publicPolicy = Fixture.read(root, "public/policies/late-fee-waiver/index.html")
        #expect(publicPolicy.contains("A public footnote."))
        #expect(publicPolicy.contains("Public note."))
        #expect(publicPolicy.contains("A plain quote."))
        // The answer's structured data is there, so the scan above would have found the canary in it.
        let publicFAQ = Fixture.read(root, "public/faq/can-a-fee-be-waived-twice/index.html")
        #expect(publicFAQ.contains("\"text\":\"We waive a fee once a year.\\n\\nAsk us if something unusual happened.\""))
    }

    /// The public handbook holds the bodies of every public policy and FAQ entry at once: it
    /// is scanned with every other file above; here, it holds what it should.
    @Test func thePublicHandbookHoldsEachPublicPageInItsPublicVersion() throws {
        let root = try Fixture.make(Self.files)
        defer { root.remove() }
        #expect(Fixture.build(root).status == .success)
        // The waiver is translated into Spanish; the other pages are shown untranslated there.
        let waiver = ["Late fee waiver", "A public footnote.", "Public note.", "A plain quote.", "At most one waiver per year."]
        for (handbook, ownTexts) in [("public/handbook/index.html", waiver), ("public/es/handbook/index.html", ["Eximimos un recargo una vez al año."])] {
            let page = Fixture.read(root, handbook)
            for text in ownTexts + ["Public general policy", "General text.", "Public policy owned through CODEOWNERS", "Public text.",
                                    "What is an exception?", "An exception is a one-time courtesy."] {
                #expect(page.contains(text), "\(handbook) lacks \(text)")
            }
            for staffOnly in ["Owner", "Version", "Who may approve", "Staff"] {
                #expect(!page.contains(staffOnly), "\(handbook) shows \(staffOnly)")
            }
        }
        let staff = Fixture.read(root, "internal/handbook/index.html")
        for canary in ["CANARY-INTERNAL-BODY", "CANARY-CALLOUT-TEXT", "CANARY-OWNER", "CANARY-LIMIT", "CANARY-STEP"] {
            #expect(staff.contains(canary), "the staff handbook lacks \(canary)")
        }
    }

    /// A marker that is only nearly `[!INTERNAL]`, or a definition that would hijack one, is an
    /// error: the build stops and writes no public page.
    @Test(arguments: [
        "> [! INTERNAL]\n> CANARY-SUSPECT", "> [!INT\u{200B}ERNAL]\n> CANARY-SUSPECT", "> [!\u{406}NTERNAL]\n> CANARY-SUSPECT",
        "> [INTERNAL]\n> CANARY-SUSPECT", "> [!INTERNAL-ONLY]\n> CANARY-SUSPECT",
        "[!INTERNAL]: https://example.com/\n\n> [!INTERNAL]\n> CANARY-SUSPECT",
    ])
    func suspectMarkersStopTheBuild(body: String) throws {
        let root = try Fixture.make([
            "content/faq/suspect.md": "---\ntitle: Suspect\naudience: public\n---\nPublic intro.\n\n\(body)\n",
        ])
        defer { root.remove() }
        let outcome = Fixture.build(root)
        #expect(outcome.status != .success)
        #expect(!FileManager.default.fileExists(atPath: root.url.appendingPathComponent("site/public").path))
    }

    @Test func everyCanaryIsOnTheStaffSite() throws {
        let root = try Fixture.make(Self.files)
        defer { root.remove() }
        Fixture.build(root)
        let staffFiles = Fixture.snapshot(root.url.appendingPathComponent("site/internal"))
        let everything = staffFiles.map { $0.key + "\n" + String(decoding: $0.value, as: UTF8.self) }
            .joined(separator: "\n").lowercased()
        let notShownToStaffEither: Set<String> = ["CANARY-UNKNOWN-VALUE", "canary_key"]
        for canary in Self.canaries.keys where !notShownToStaffEither.contains(canary) {
            #expect(everything.contains(canary.lowercased()), "staff site lacks \(canary)")
        }
    }
}
