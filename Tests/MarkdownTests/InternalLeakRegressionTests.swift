@testable import Markdown
import Testing

/// Ways staff text reached the public version of a page before it was parsed from a source
/// with the internal callouts cut out, and before callout markers failed closed.
@Suite("Internal text never reaches the public document")
struct InternalLeakRegressionTests {
    private func publicHTML(_ markdown: String) -> String {
        render(MarkdownParser.parse(markdown).removingInternalCallouts())
    }

    @Test(arguments: [
        "Public [click][sec].\n\n> [!INTERNAL]\n> Staff only.\n>\n> [sec]: https://secret.example/path \"Title\"\n",
        "Public ![logo][sec].\n\n> [!INTERNAL]\n>\n> [sec]: https://secret.example/logo.png\n",
        "- Public [click][sec].\n- > [!INTERNAL]\n  >\n  > [sec]: https://secret.example/path\n",
    ])
    func referenceDefinitionInsideAnInternalCalloutServesNoPublicLink(markdown: String) {
        let document = MarkdownParser.parse(markdown)
        let html = render(document.removingInternalCallouts())
        #expect(!html.contains("secret.example"))
        #expect(!html.contains("Title"))
        #expect(html.contains("[sec]"))
        #expect(document.problems.contains { if case .referenceDefinedInsideInternal = $0 { true } else { false } })
        #expect(render(document).contains("secret.example"), "the staff version still resolves it")
    }

    @Test func footnoteDefinedInsideAnInternalCalloutServesNoPublicText() {
        let html = publicHTML("Public claim.[^n]\n\n> [!INTERNAL]\n> [^n]: Staff footnote zqcanary.\n")
        #expect(!html.contains("zqcanary"))
        #expect(html.contains("[^n]"))
    }

    @Test(arguments: [
        "[!INTERNAL]: https://example.com/\n\n> [!INTERNAL]\n> Staff note zqcanary.\n",
        "> [!INTERNAL]\n> Staff note zqcanary.\n\n[ !internal ]: https://example.com/\n",
        "> [!INTERNAL]\n> Staff note zqcanary.\n\n- [!\n  INTERNAL]: https://example.com/\n",
    ])
    func referenceLabelStartingWithBangIsAnErrorAndHijacksNothing(markdown: String) {
        let document = MarkdownParser.parse(markdown)
        #expect(document.problems.contains { if case .bangReferenceLabel = $0 { true } else { false } })
        #expect(!render(document.removingInternalCallouts()).contains("zqcanary"))
    }

    @Test(arguments: [
        "[!x]", "[^1]: [!x] is fine", "```\n[!INTERNAL]: https://example.com/\n```", "\\[!INTERNAL]: not a definition",
    ])
    func bracketedBangTextThatDefinesNothingIsFine(markdown: String) {
        #expect(!MarkdownParser.parse(markdown).problems.contains { if case .bangReferenceLabel = $0 { true } else { false } })
    }

    /// Each spelling is either an internal callout or an error, and never public.
    @Test(arguments: [
        "[! INTERNAL]", "[!INTERNAL ]", "[ !INTERNAL]", "[!INTER NAL]", "[!INTERNAL-ONLY]", "[!INTERNALONLY]",
        "[!\u{200B}INTERNAL]", "[!INT\u{200B}ERNAL]", "\u{200B}[!INTERNAL]", "\u{FEFF}[!INTERNAL]", "[!INT\u{AD}ERNAL]",
        "\u{A0}[!INTERNAL]", "[!INTERNAL\u{A0}]", "[!\u{2060}INTERNAL]",
        "[!\u{406}NTERNAL]", "[!INT\u{415}RNAL]", "[!\u{399}\u{39D}\u{3A4}\u{395}RNAL]",
        "\u{FF3B}\u{FF01}\u{FF29}\u{FF2E}\u{FF34}\u{FF25}\u{FF32}\u{FF2E}\u{FF21}\u{FF2C}\u{FF3D}",
        "[\u{FF01}INTERNAL]", "**[!INTERNAL]**", "*[!INTERNAL]*", "`x` [!INTERNAL]".dropFirst(4).description,
        "[INTERNAL]", "[INTERNAL ONLY]", "!INTERNAL", "[!INTRENAL]", "[!INTERNL]", "(!INTERNAL)", "[!internal",
        "<span>[!INTERNAL]</span>", "\\[!INTERNAL]", "[!INTERNAL]",
    ])
    func markerSpellingNeverPublishes(marker: String) {
        let document = MarkdownParser.parse("Public intro.\n\n> \(marker)\n> Staff note zqcanary.\n")
        let html = render(document.removingInternalCallouts())
        #expect(!html.contains("zqcanary"), "published: \(marker)")
        #expect(html.contains("Public intro."))
        #expect(calloutKinds(in: document.blocks) == [.internal])
    }

    @Test(arguments: [
        ("[! INTERNAL]", CalloutKind.internal), ("[!NOTE ]", .note), ("[!INT\u{200B}ERNAL]", .internal),
        ("\u{FF3B}\u{FF01}\u{FF29}\u{FF2E}\u{FF34}\u{FF25}\u{FF32}\u{FF2E}\u{FF21}\u{FF2C}\u{FF3D}", .internal),
        ("[!\u{406}NTERNAL]", .internal), ("**[!INTERNAL]**", .internal),
    ])
    func irregularMarkerIsAnErrorNamingTheKind(marker: String, kind: CalloutKind) {
        let problems = MarkdownParser.parse("> \(marker)\n> x\n").problems
        #expect(problems.count == 1)
        guard case .irregularCalloutMarker(_, let found, _)? = problems.first else {
            Issue.record("expected an irregular marker, got \(problems)")
            return
        }
        #expect(found == kind)
    }

    @Test(arguments: ["[INTERNAL]", "!INTERNAL", "(Internl) note", "[Internal use only]"])
    func likelyMisspeltInternalMarkerIsAnError(line: String) {
        let problems = MarkdownParser.parse("> \(line)\n> x\n").problems
        #expect(problems.count == 1)
        #expect(problems.first.map { if case .likelyInternalMarker = $0 { true } else { false } } == true)
    }

    @Test(arguments: ["Quoted from the customer: thanks", "[link](https://example.com) text", "Internal: not bracketed",
                      "`[!INTERNAL]` is how you write a marker"])
    func ordinaryQuotesStayQuotes(line: String) {
        let document = MarkdownParser.parse("> \(line)\n")
        #expect(document.problems == [])
        #expect(calloutKinds(in: document.blocks) == [])
    }

    @Test func escapedMarkerIsStillAnInternalCallout() {
        let document = MarkdownParser.parse("> \\[!INTERNAL]\n> zqcanary\n")
        #expect(document.problems == [])
        #expect(calloutKinds(in: document.blocks) == [.internal])
    }
}
