import CasebookCore

/// One site's search index (`docs/search-index.md`), made from that site's audience view in
/// the site's language, so it holds nothing the site does not show: a manifest, term shards
/// (postings and word forms) and document buckets.
/// This one is kept, with every document's terms, to take in a changed page without being
/// made again (`replace`), for `casebook serve`; a build that only writes the files uses
/// `SearchIndex.writeFiles(of:language:strings:to:)`, which keeps none of it.
public struct SearchIndex: Sendable {
    static let resultsPage = "search/index.html"

    /// Every document in site order, its number its position.
    private var documents: [SearchDocument]
    private var postings: TermPostings
    private var forms: WordForms
    private var plan: ShardPlan
    /// Where each page is in `documents`.
    private let numbers: [PageKey: Int]
    /// Page types and synonyms, which a page's new version does not change.
    private let facts: SearchSiteFacts
    private let words: SearchWords
    /// The site's words, which name the page types in documents.
    private let strings: StringTable

    /// Indexes every page of `view`, its words taken as `language`'s, its types named in `strings`' language.
    init(view: AudienceView, language: SearchLanguage, strings: StringTable) {
        words = SearchWords(language: language)
        facts = SearchSiteFacts(view: view, words: words)
        self.strings = strings
        var documents: [SearchDocument] = []
        documents.reserveCapacity(view.pages.count)
        var forms = WordForms(synonyms: facts.synonymForms)
        postings = TermPostings(indexing: view, words: words, strings: strings) { document in
            forms.add(document.forms)
            documents.append(document)
        }
        self.documents = documents
        self.forms = forms
        plan = ShardPlan(postings.lists, forms: forms.terms)
        var numbers: [PageKey: Int] = [:]
        for (number, page) in view.pages.enumerated() { numbers[page.key] = number }
        self.numbers = numbers
    }

    /// The weight (1–31) a raw weight (`SearchDocument.weights`) gives in the postings.
    static func quantize(_ raw: Int) -> Int {
        max(1, Int((31.0 * Double(raw) / Double(raw + 8)).rounded()))
    }

    /// Takes in a new version of one page already in the index (same key, same place in the
    /// site); the files are then what a new index of the whole view would give.
    /// Returns the terms whose postings changed and the forms that came or went (the shard
    /// entries that changed), and the page's document number.
    @discardableResult
    mutating func replace(_ page: ViewPage, view: AudienceView) -> (entries: Set<String>, document: Int)? {
        guard let number = numbers[page.key] else { return nil }
        let old = documents[number]
        let new = SearchDocument(page: page, view: view, typeLabel: strings.typeLabel(page.key.type), words: words)
        documents[number] = new
        var changed = Set<String>()
        for term in Set(old.weights.keys).union(new.weights.keys) {
            let weight = new.weights[term].map(Self.quantize)
            if old.weights[term].map(Self.quantize) == weight { continue }
            changed.insert(term)
            postings.set(weight, of: term, document: number)
        }
        // Added before removed, so a form both versions have is not taken out and put back.
        changed.formUnion(forms.add(new.forms))
        changed.formUnion(forms.remove(old.forms))
        plan.replan(initials: Set(changed.map { String($0.prefix(1)) }), in: postings.lists, forms: forms.terms)
        return (changed, number)
    }

    /// How the index is cut into files: what decides which files a change touches.
    struct Layout: Equatable {
        var plan: ShardPlan
        /// Each document bucket's first document.
        var buckets: [Int]
    }

    var layout: Layout {
        Layout(plan: plan, buckets: DocumentBuckets(documents.lazy.map(\.json)).starts)
    }

    /// The files a change since `before` touched (`entries`: terms whose postings changed and
    /// forms that came or went; `documents` changed entries), and the index files that no
    /// longer exist; every file when the prefixes split into shards moved.
    func changedFiles(since before: Layout, entries: Set<String>, documents changed: Set<Int>)
        -> (write: [(path: String, contents: String)], remove: [String]) {
        let now = layout
        let oldFiles = before.plan.keys.map(SearchFiles.shardPath) + before.buckets.indices.map(SearchFiles.bucketPath)
        var written: [(path: String, contents: String)] = []
        let collect = { (path: String, contents: String) in written.append((path, contents)) }
        guard now.plan.split == before.plan.split else {
            writeFiles(shards: nil, buckets: nil, starts: now.buckets, to: collect)
            let paths = Set(written.map(\.path))
            return (written, oldFiles.filter { !paths.contains($0) })
        }
        let shards = Set(entries.map(plan.key(of:))).intersection(now.plan.keys)
        var buckets = Set(now.buckets.indices)
        if now.buckets == before.buckets {
            buckets = Set(changed.map { number in now.buckets.lastIndex { $0 <= number } ?? 0 })
        }
        writeFiles(shards: shards, buckets: buckets, starts: now.buckets, to: collect)
        let existing = Set(now.plan.keys.map(SearchFiles.shardPath) + now.buckets.indices.map(SearchFiles.bucketPath))
        return (written, oldFiles.filter { !existing.contains($0) })
    }

    /// Writes every file of the index, one at a time: `add` gets each one's path under the
    /// site root and its contents.
    func writeFiles(to add: (_ path: String, _ contents: String) -> Void) {
        writeFiles(shards: nil, buckets: nil, starts: layout.buckets, to: add)
    }

    /// Writes the shards and buckets named (all of them for `nil`), then the manifest;
    /// `starts` are the buckets' first documents.
    private func writeFiles(shards: Set<String>?, buckets: Set<Int>?, starts: [Int],
                            to add: (_ path: String, _ contents: String) -> Void) {
        SearchFiles.writeShards(postings.lists, forms: forms.terms, plan: plan, only: shards, to: add)
        for (bucket, start) in starts.enumerated() where buckets?.contains(bucket) ?? true {
            let end = bucket + 1 < starts.count ? starts[bucket + 1] : documents.count
            SearchFiles.writeBucket(bucket, documents: documents[start..<end].lazy.map(\.json), to: add)
        }
        SearchFiles.writeManifest(documentCount: documents.count, bucketStarts: starts, plan: plan,
                                  language: words.language, facts: facts, to: add)
    }
}
