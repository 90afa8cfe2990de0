@testable import CasebookCore
import Testing

@Suite("Front matter splitting")
struct FrontMatterSplitterTests {
    typealias Split = FrontMatterSplitter.Split

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var expected: Result<Split, FrontMatterSplitter.Failure>
        var testDescription: String { name }

        init(_ name: String, _ text: String, _ expected: Result<Split, FrontMatterSplitter.Failure>) {
            self.init(name, Array(text.utf8), expected)
        }

        init(_ name: String, _ bytes: [UInt8], _ expected: Result<Split, FrontMatterSplitter.Failure>) {
            self.name = name
            self.bytes = bytes
            self.expected = expected
        }
    }

    static let cases: [Case] = [
        Case("simple", "---\ntitle: A\n---\nBody\n",
             .success(Split(yaml: "title: A", body: "Body\n", bodyStartLine: 4))),
        Case("byte-order mark", [0xEF, 0xBB, 0xBF] + Array("---\ntitle: A\n---\nBody\n".utf8),
             .success(Split(yaml: "title: A", body: "Body\n", bodyStartLine: 4))),
        Case("CRLF", "---\r\ntitle: A\r\nsummary: B\r\n---\r\nBody\r\nMore\r\n",
             .success(Split(yaml: "title: A\nsummary: B", body: "Body\nMore\n", bodyStartLine: 5))),
        Case("byte-order mark and CRLF", [0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: A\r\n---\r\nBody".utf8),
             .success(Split(yaml: "title: A", body: "Body", bodyStartLine: 4))),
        Case("--- inside the body", "---\ntitle: A\n---\nOne\n\n---\n\nTwo\n---\n",
             .success(Split(yaml: "title: A", body: "One\n\n---\n\nTwo\n---\n", bodyStartLine: 4))),
        Case("several keys", "---\ntitle: A\nsummary: B\ntags: [x]\n---\n\n# Heading\n",
             .success(Split(yaml: "title: A\nsummary: B\ntags: [x]", body: "\n# Heading\n", bodyStartLine: 6))),
        Case("empty front matter", "---\n---\nBody",
             .success(Split(yaml: "", body: "Body", bodyStartLine: 3))),
        Case("no body", "---\ntitle: A\n---",
             .success(Split(yaml: "title: A", body: "", bodyStartLine: 4))),
        Case("trailing spaces on the delimiters", "--- \ntitle: A\n---\t \nBody",
             .success(Split(yaml: "title: A", body: "Body", bodyStartLine: 4))),
        Case("empty file", "", .failure(.empty)),
        Case("byte-order mark only", [0xEF, 0xBB, 0xBF], .failure(.empty)),
        Case("whitespace-only file", "  \n\t\n\n", .failure(.empty)),
        Case("whitespace-only file with CRLF", "  \r\n\r\n", .failure(.empty)),
        Case("unclosed", "---\ntitle: A\nBody text\n", .failure(.unclosed)),
        Case("only an opening delimiter", "---\n", .failure(.unclosed)),
        Case("missing opening", "title: A\n---\nBody\n", .failure(.missingOpening)),
        Case("blank line before the opening", "\n---\ntitle: A\n---\n", .failure(.missingOpening)),
        Case("indented opening", " ---\ntitle: A\n---\n", .failure(.missingOpening)),
        Case("four dashes are not a delimiter", "----\ntitle: A\n----\n", .failure(.missingOpening)),
        Case("text after the dashes", "--- yaml\ntitle: A\n---\n", .failure(.missingOpening)),
        Case("closing with four dashes does not close", "---\ntitle: A\n----\nBody\n", .failure(.unclosed)),
    ]

    @Test(arguments: cases)
    func split(_ testCase: Case) throws {
        let text = try SourceText.decode(testCase.bytes).get()
        #expect(FrontMatterSplitter.split(text) == testCase.expected)
    }

    @Test(arguments: [
        (FrontMatterSplitter.Failure.empty,
         "the file is empty: a page starts with front matter between two '---' lines"),
        (.missingOpening, "no front matter: the first line must be '---'"),
        (.unclosed, "front matter is not closed: add a line '---' after the last key"),
    ])
    func failureDescriptions(failure: FrontMatterSplitter.Failure, message: String) {
        #expect(failure.description == message)
    }
}
