import Markdown

/// The invariants of a page's public version, checked on one Markdown text.
///
/// 1. Parsing never crashes or traps (reaching the end of `check` is the check).
/// 2. For a generated page: its public HTML equals the HTML of the same page written with
///    each internal callout replaced by an empty block (`GeneratedPage.expectedPublicSource`),
///    and no word written inside an internal callout is in the public HTML (as its own page
///    or the handbook writes it) or search text.
/// 3. For any text: the public document holds no `[!INTERNAL]` callout, and its HTML is the
///    same when parsed concurrently or again; its packed trees unpack and pack again unchanged.
public enum PublicVersionInvariant {
    /// What broke, with the inputs to reproduce it; `nil` when every invariant holds.
    public static func check(_ page: GeneratedPage, placeholders: Bool = false) -> String? {
        let document = MarkdownParser.parse(page.source, placeholders: placeholders)
        let publicDocument = document.removingInternalCallouts()
        let publicHTML = html(publicDocument, placeholders: placeholders)
        let expectedHTML = html(MarkdownParser.parse(page.expectedPublicSource, placeholders: placeholders),
                                placeholders: placeholders)
        if publicHTML != expectedHTML {
            return failure("the public HTML differs from the HTML of the source with its internal callouts replaced",
                           page, got: publicHTML, expected: expectedHTML)
        }
        let searchText = publicDocument.readableText.all.joined(separator: "\n")
        if publicHTML.contains(GeneratedPage.canary) || searchText.contains(GeneratedPage.canary) {
            return failure("internal text reached the public version", page, got: publicHTML, expected: expectedHTML)
        }
        // The handbook writes the same public document with its ids prefixed and its headings
        // moved down: the same text, and still no internal word.
        let handbookHTML = HTMLRenderer(options: HTMLRenderOptions(resolveLink: { $0 }, placeholderStyle: placeholders ? .field : .text,
                                                                   idPrefix: "faq-fuzzed.", headingLevelOffset: 2)).render(publicDocument)
        if handbookHTML.contains(GeneratedPage.canary) {
            return failure("internal text reached the public version as the handbook writes it", page, got: handbookHTML,
                           expected: expectedHTML)
        }
        return check(text: page.source, placeholders: placeholders)
    }

    /// The invariants that hold for any text, generated or not.
    public static func check(text: String, placeholders: Bool = false) -> String? {
        let document = MarkdownParser.parse(text, placeholders: placeholders)
        if containsInternalCallout(document.publicBlocks) {
            return "the public document holds an [!INTERNAL] callout\n--- source ---\n\(text)"
        }
        if MarkdownParser.parse(text, placeholders: placeholders) != document {
            return "parsing the same text twice gave different documents\n--- source ---\n\(text)"
        }
        // Pages are kept packed: unpacked and packed again, both trees (and what validation
        // reads of them) must come back as they were, whatever the text.
        let repacked = MarkdownDocument(blocks: document.blocks, publicBlocks: document.publicBlocks,
                                        problems: document.problems)
        if repacked != document || repacked.removingInternalCallouts() != document.removingInternalCallouts() {
            return "a page's packed trees did not come back as they were\n--- source ---\n\(text)"
        }
        return nil
    }

    private static func html(_ document: MarkdownDocument, placeholders: Bool) -> String {
        HTMLRenderer(options: HTMLRenderOptions(resolveLink: { $0 }, placeholderStyle: placeholders ? .field : .text))
            .render(document)
    }

    private static func containsInternalCallout(_ blocks: [Block]) -> Bool {
        blocks.contains { block in
            switch block {
            case .callout(let callout): callout.kind == .internal || containsInternalCallout(callout.blocks)
            case .blockQuote(let children), .footnoteDefinition(_, let children): containsInternalCallout(children)
            case .list(let list): list.items.contains { containsInternalCallout($0.blocks) }
            default: false
            }
        }
    }

    private static func failure(_ what: String, _ page: GeneratedPage, got: String, expected: String) -> String {
        """
        \(what)
        --- source ---
        \(page.source)
        --- expected public source ---
        \(page.expectedPublicSource)
        --- public HTML ---
        \(got)
        --- expected HTML ---
        \(expected)
        """
    }
}
