import CasebookCore

/// Every term's postings, held as they are written in the shards (`EncodedPostings`): a few
/// bytes per posting, each term's list grown as the documents arrive in site order.
struct TermPostings: Sendable {
    private(set) var lists: [String: EncodedPostings] = [:]
}

extension TermPostings {
    /// How many pages are indexed at once: their terms are added to the postings before the
    /// next ones are read, so indexing holds one batch of documents' terms at a time.
    static let batchSize = 1_024

    /// Indexes every page of `view`: a batch of documents is made on every core, their terms
    /// added in site order, and each document handed to `take`, in site order, before the
    /// next batch is made. `strings` name the page types.
    init(indexing view: AudienceView, words: SearchWords, strings: StringTable, handing take: (SearchDocument) -> Void) {
        for start in stride(from: 0, to: view.pages.count, by: Self.batchSize) {
            let batch = Array(view.pages[start..<min(start + Self.batchSize, view.pages.count)])
                .parallelMap { SearchDocument(page: $0, view: view, typeLabel: strings.typeLabel($0.key.type), words: words) }
            for (offset, document) in batch.enumerated() {
                add(document.weights, document: start + offset)
                take(document)
            }
        }
    }

    /// Adds a document's terms (raw weights); each document must come after those added before.
    private mutating func add(_ weights: [String: Int], document number: Int) {
        for (term, raw) in weights {
            lists[term, default: EncodedPostings()].append(document: number, weight: SearchIndex.quantize(raw))
        }
    }

    /// Sets the weight of `term` in document `number` (`nil`: the document lacks the term),
    /// wherever the document is in the term's list.
    mutating func set(_ weight: Int?, of term: String, document number: Int) {
        var list = lists[term].map { PostingsCoding.decode($0.text) } ?? []
        // Postings are in document order: find the document's place by bisection.
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle].document < number { low = middle + 1 } else { high = middle }
        }
        if low < list.count, list[low].document == number { list.remove(at: low) }
        if let weight { list.insert((number, weight), at: low) }
        lists[term] = list.isEmpty ? nil : EncodedPostings(list)
    }
}
