import Dispatch
@testable import Markdown
import Testing

/// libcmark-gfm keeps the table of special inline characters (`~`, `|`, ...) in a global
/// that each parser's inline pass fills and empties; these tests parse on every core at once
/// and compare with a parse on one.
@Suite("Concurrent parsing")
struct ConcurrentParsingTests {
    /// Documents that lean on the extensions whose characters the global table holds.
    static let documents: [String] = (0..<64).map { index in
        """
        # Page \(index)

        | Fee | Limit \(index) |
        |-----|-------:|
        | late | ~~$\(index)~~ $\(index + 5) |

        See www.example.com/\(index) and https://example.org/p/\(index) for ~~old~~ new terms.

        - [x] done \(index)
        - [ ] open ~strike~ item

        > [!NOTE]
        > Call **now**: _\(index)_ ~~never~~.
        """
    }

    @Test func parsingOnEveryCoreMatchesParsingOnOne() {
        let serial = Self.documents.map { MarkdownParser.parse($0) }
        for _ in 0..<20 {
            let concurrent = Self.parseConcurrently(Self.documents)
            for index in serial.indices where concurrent[index] != serial[index] {
                Issue.record("document \(index) parsed differently on several cores")
                return
            }
        }
    }

    private static func parseConcurrently(_ texts: [String]) -> [MarkdownDocument] {
        let results = UnsafeMutableBufferPointer<MarkdownDocument>.allocate(capacity: texts.count)
        results.initialize(repeating: MarkdownDocument(blocks: []))
        defer { results.deallocate() }
        nonisolated(unsafe) let output = results
        DispatchQueue.concurrentPerform(iterations: texts.count) { index in
            output[index] = MarkdownParser.parse(texts[index])
        }
        return Array(results)
    }
}
