@testable import SiteBuilder
import CasebookTestSupport
import Testing

/// Postings are written as the browser reads them (`docs/search-index.md`, "Term shards"),
/// each term's list grown a document at a time, and read back by `PostingsCoding.decode`.
@Suite struct PostingsCodingTests {
    typealias Postings = [(document: Int, weight: Int)]

    /// The format as the documentation gives it, written out plainly: for each document, its
    /// gap from the one before and its weight, each a varint of 5-bit digits, low digits first.
    static func reference(_ postings: Postings) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        var text = ""
        var previous = 0
        for posting in postings {
            for number in [posting.document - previous, posting.weight] {
                var rest = number
                while rest >= 32 {
                    text.append(alphabet[32 + rest % 32])
                    rest /= 32
                }
                text.append(alphabet[rest])
            }
            previous = posting.document
        }
        return text
    }

    /// A list of documents in increasing order, with gaps from 0 to several digits long.
    static func randomList(using generator: inout SeededGenerator) -> Postings {
        var document = Int.random(in: 0...3, using: &generator)
        var list: Postings = []
        for _ in 0..<Int.random(in: 0...200, using: &generator) {
            list.append((document, Int.random(in: 1...31, using: &generator)))
            document += Int.random(in: 1...[2, 40, 2_000, 300_000].randomElement(using: &generator)!, using: &generator)
        }
        return list
    }

    static func same(_ left: Postings, _ right: Postings) -> Bool {
        left.map(\.document) == right.map(\.document) && left.map(\.weight) == right.map(\.weight)
    }

    @Test func aKnownList() {
        let postings: Postings = [(0, 31), (1, 1), (40, 7), (70_000, 12)]
        let encoded = EncodedPostings(postings).text
        #expect(encoded == "Af" + "BB" + "nBH" + "oqkCM")  // 0,31 · +1,1 · +39,7 · +69960,12
        #expect(Self.same(PostingsCoding.decode(encoded), postings))
    }

    @Test func listsAreWrittenAsDocumentedAndReadBack() {
        var generator = SeededGenerator(seed: 1)
        for _ in 0..<500 {
            let list = Self.randomList(using: &generator)
            let encoded = EncodedPostings(list)
            #expect(encoded.text == Self.reference(list))
            #expect(encoded.lastDocument == list.last?.document ?? 0)
            #expect(Self.same(PostingsCoding.decode(encoded.text), list))
        }
    }

    /// As the index grows them: documents in order, each adding itself to some of the terms.
    @Test func listsGrownTogetherADocumentAtATimeAreTheWholeListsWritten() {
        var generator = SeededGenerator(seed: 2)
        let terms = (0..<50).map { "term\($0)" }
        var grown: [String: EncodedPostings] = [:]
        var whole: [String: Postings] = [:]
        var document = 0
        for _ in 0..<3_000 {
            for term in terms.shuffled(using: &generator).prefix(Int.random(in: 0...10, using: &generator)) {
                let weight = Int.random(in: 1...31, using: &generator)
                grown[term, default: EncodedPostings()].append(document: document, weight: weight)
                whole[term, default: []].append((document, weight))
            }
            document += Int.random(in: 1...100, using: &generator)
        }
        #expect(Set(grown.keys) == Set(whole.keys))
        for (term, list) in whole {
            #expect(grown[term]?.text == Self.reference(list), "\(term)")
            #expect(grown[term]?.text == EncodedPostings(list).text, "\(term)")
        }
    }

    @Test func setPutsADocumentInItsPlaceOrTakesItOut() {
        var generator = SeededGenerator(seed: 3)
        var postings = TermPostings()
        var expected: [Int: Int] = [:]
        for _ in 0..<2_000 {
            let document = Int.random(in: 0..<300, using: &generator)
            let weight = Bool.random(using: &generator) ? Int.random(in: 1...31, using: &generator) : nil
            postings.set(weight, of: "fee", document: document)
            expected[document] = weight
            let list = expected.sorted { $0.key < $1.key }.map { (document: $0.key, weight: $0.value) }
            #expect(postings.lists["fee"]?.text == (list.isEmpty ? nil : Self.reference(list)))
            #expect(postings.lists["fee"]?.lastDocument == list.last?.document)
        }
    }

    @Test func textThatIsNotPostingsReadsAsNone() {
        #expect(PostingsCoding.decode("Af!B").isEmpty)
        #expect(PostingsCoding.decode("").isEmpty)
    }
}
