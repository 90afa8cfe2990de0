@testable import SiteBuilder
import Testing

/// Documents are cut into buckets of about `bucketBytes` as they arrive.
@Suite struct DocumentBucketsTests {
    @Test func aBucketStartsWhenTheNextDocumentWouldNotFit() {
        let sizes = [6_000, 5_000, 3_000, 2_000, 12_000, 1, 9_999]
        var buckets = DocumentBuckets()
        let starting = sizes.map { buckets.add(String(repeating: "x", count: $0)) }
        // 6,000 | 5,000 + 3,000 + 2,000 = 10,000 | 12,000 | 1 + 9,999
        #expect(buckets.starts == [0, 1, 4, 5])
        #expect(starting == [true, true, false, false, true, true, false])
        #expect(buckets.documentCount == sizes.count)
        #expect(DocumentBuckets(sizes.map { String(repeating: "x", count: $0) }).starts == buckets.starts)
    }

    @Test func sizesAreBytesNotCharacters() {
        let buckets = DocumentBuckets([String(repeating: "é", count: 3_000), String(repeating: "é", count: 3_000)])
        #expect(buckets.starts == [0, 1])
    }
}
