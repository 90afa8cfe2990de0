import CasebookCore
import Foundation
import HTMLEscaping
import Markdown

/// One fuzzer input through front matter, Markdown and audience filtering, checking the
/// invariants of `PublicVersionInvariant` and that a page is public only when written so.
///
/// The first byte chooses the mode. Even: the rest drives `FrontMatterVariant` and
/// `CalloutDocumentGenerator` (structured pages whose internal words are known). Odd: the
/// rest is the file itself, as UTF-8 with invalid bytes replaced.
public enum PageFuzzTarget {
    /// A description of the broken invariant, or `nil`.
    public static func check(_ bytes: [UInt8]) -> String? {
        guard let mode = bytes.first else { return nil }
        if mode % 2 == 0 {
            var choices = ByteChoices(Array(bytes.dropFirst()))
            let frontMatter = FrontMatterVariant.make(&choices)
            var generator = CalloutDocumentGenerator(choices)
            let page = generator.page()
            if let failure = PublicVersionInvariant.check(page) { return failure }
            return checkFile("---\n\(frontMatter.yaml)\n---\n\(page.source)", meantPublic: frontMatter.meantPublic)
        }
        let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
        if let failure = PublicVersionInvariant.check(text: text) { return failure }
        return checkFile(text, meantPublic: nil)
    }

    /// FAQ entries are public unless they say otherwise, as in the sample configuration.
    private static let configuration = SiteConfiguration(defaultAudience: [.faq: .public])

    private static func checkFile(_ file: String, meantPublic: Bool?) -> String? {
        let key = PageKey(type: .faq, id: "fuzzed")
        let (page, diagnostics) = PageReader.read(key, bytes: Array(file.utf8), configuration: configuration)
        guard let page else { return nil }
        let hasErrors = diagnostics.contains { $0.severity == .error } || page.document.problems.contains(where: isError)
        guard !hasErrors, page.audience == .public else { return nil }
        if meantPublic == false {
            return "a page whose audience was not written as public would be published\n--- file ---\n\(file)"
        }
        let publicDocument = page.document.removingInternalCallouts()
        let html = HTMLRenderer(options: HTMLRenderOptions(resolveLink: { $0 })).render(publicDocument)
        if meantPublic != nil, html.contains(GeneratedPage.canary) {
            return "internal text in the public page\n--- file ---\n\(file)\n--- HTML ---\n\(html)"
        }
        return checkStructuredAnswer(publicDocument, meantPublic: meantPublic, file: file)
    }

    /// The answer a public FAQ entry's `FAQPage` JSON-LD carries: the public text, encoded so it
    /// cannot end or change its `<script>` element, and read back unchanged.
    private static func checkStructuredAnswer(_ publicDocument: MarkdownDocument, meantPublic: Bool?, file: String) -> String? {
        let answer = publicDocument.plainParagraphs
        guard let json = try? ScriptJSON.encode(["text": answer]) else {
            return "the answer could not be encoded as JSON\n--- file ---\n\(file)"
        }
        if meantPublic != nil, json.contains(GeneratedPage.canary) {
            return "internal text in the FAQ answer's structured data\n--- file ---\n\(file)\n--- JSON ---\n\(json)"
        }
        if json.unicodeScalars.contains(where: { "<>&\u{2028}\u{2029}".unicodeScalars.contains($0) }) {
            return "the structured data could end or change its script element\n--- file ---\n\(file)\n--- JSON ---\n\(json)"
        }
        let decoded = try? JSONDecoder().decode([String: String].self, from: Data(json.utf8))
        if decoded?["text"] != answer {
            return "the structured data does not read back as the answer\n--- file ---\n\(file)\n--- JSON ---\n\(json)"
        }
        return nil
    }

    private static func isError(_ problem: MarkdownProblem) -> Bool {
        if case .referenceDefinedInsideInternal = problem { return false }
        return true
    }
}
