import CasebookCore

extension SearchIndex {
    /// Indexes every page of `view`, its words taken as `language`'s, and writes the index's
    /// files without keeping the index, for a build: each document bucket is written as soon as the next document would not
    /// fit in it, so only one bucket's documents are held at a time, then the shards one by
    /// one and the manifest. The files are those of `SearchIndex(view:language:strings:).writeFiles(to:)`.
    static func writeFiles(of view: AudienceView, language: SearchLanguage, strings: StringTable,
                           to add: (_ path: String, _ contents: String) -> Void) {
        let words = SearchWords(language: language)
        let facts = SearchSiteFacts(view: view, words: words)
        var forms = WordForms(synonyms: facts.synonymForms)
        var buckets = DocumentBuckets()
        var bucket: [String] = []
        let postings = TermPostings(indexing: view, words: words, strings: strings) { document in
            forms.add(document.forms)
            if buckets.add(document.json), !bucket.isEmpty {
                SearchFiles.writeBucket(buckets.starts.count - 2, documents: bucket, to: add)
                bucket.removeAll(keepingCapacity: true)
            }
            bucket.append(document.json)
        }
        if !bucket.isEmpty { SearchFiles.writeBucket(buckets.starts.count - 1, documents: bucket, to: add) }
        let plan = ShardPlan(postings.lists, forms: forms.terms)
        SearchFiles.writeShards(postings.lists, forms: forms.terms, plan: plan, to: add)
        SearchFiles.writeManifest(documentCount: buckets.documentCount, bucketStarts: buckets.starts, plan: plan,
                                  language: language, facts: facts, to: add)
    }
}
