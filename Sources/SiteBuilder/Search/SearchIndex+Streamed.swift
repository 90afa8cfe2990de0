import CasebookCore

extension SearchIndex {
    /// Indexes every page of `view` and writes the index's files without keeping the index,
    /// for a build: each document bucket is written as soon as the next document would not
    /// fit in it, so only one bucket's documents are held at a time, then the shards one by
    /// one and the manifest. The files are those of `SearchIndex(view:strings:).writeFiles(to:)`.
    static func writeFiles(of view: AudienceView, strings: StringTable, to add: (_ path: String, _ contents: String) -> Void) {
        var buckets = DocumentBuckets()
        var bucket: [String] = []
        let postings = TermPostings(indexing: view, strings: strings) { document in
            if buckets.add(document.json), !bucket.isEmpty {
                SearchFiles.writeBucket(buckets.starts.count - 2, documents: bucket, to: add)
                bucket.removeAll(keepingCapacity: true)
            }
            bucket.append(document.json)
        }
        if !bucket.isEmpty { SearchFiles.writeBucket(buckets.starts.count - 1, documents: bucket, to: add) }
        let plan = ShardPlan(postings.lists)
        SearchFiles.writeShards(postings.lists, plan: plan, to: add)
        SearchFiles.writeManifest(documentCount: buckets.documentCount, bucketStarts: buckets.starts, plan: plan,
                                  facts: SearchSiteFacts(view: view), to: add)
    }
}
