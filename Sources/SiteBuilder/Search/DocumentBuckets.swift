/// Where the documents, taken in site order, are cut into buckets (`docs/search-index.md`,
/// "Document buckets"): a bucket starts when adding the next document would take it past
/// `bucketBytes`. Only the documents' sizes are needed, so the cut can be made as they arrive.
struct DocumentBuckets: Sendable {
    /// About how large a document bucket grows, in bytes.
    static let bucketBytes = 10_000

    /// Each bucket's first document.
    private(set) var starts: [Int] = []
    /// How many documents were taken.
    private(set) var documentCount = 0
    private var size = 0

    init() {}

    /// The cut of documents of these JSON texts.
    init(_ documents: some Sequence<String>) {
        for json in documents { _ = add(json) }
    }

    /// Takes the next document; true when it starts a bucket.
    mutating func add(_ json: String) -> Bool {
        let bytes = json.utf8.count
        let startsBucket = starts.isEmpty || size + bytes > Self.bucketBytes
        if startsBucket {
            starts.append(documentCount)
            size = 0
        }
        size += bytes
        documentCount += 1
        return startsBucket
    }
}
