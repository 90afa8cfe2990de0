import CasebookCore

/// One site's search index (`docs/search-index.md`), made from that site's audience view, so
/// it holds nothing the site does not show: a manifest, term shards and document buckets.
/// It can take in a changed page without being made again (`replace`), for `casebook serve`.
public struct SearchIndex: Sendable {
    /// Where the index lives in a site.
    static let directory = "search"
    static let resultsPage = "search/index.html"
    /// How much of a page's text a document keeps for snippets.
    static let textLimit = 1_500
    /// About how large a document bucket grows, in bytes.
    static let bucketBytes = 10_000
    /// Above this size, the terms of a two-letter group are split into three-letter shards.
    static let shardBytes = 16_000

    /// Field weights: how much one occurrence of a word in each place counts.
    enum Field: Int {
        case body = 1, categories = 3, headings = 4, summary = 5, title = 10, question = 15
    }

    /// Every document in site order, its number its position.
    private var documents: [Document]
    /// Each term's postings, in document order.
    private var postings: [String: [(document: Int, weight: Int)]] = [:]
    /// Each term's postings as written in its shard (a JSON string).
    private var encoded: [String: String] = [:]
    /// The terms of each shard (by key), and the prefixes split into longer ones.
    private var shards: [String: [String: String]] = [:]
    private var split = Set<String>()
    /// Where each page is in `documents`.
    private let numbers: [PageKey: Int]
    /// Whether `documents` still hold their terms, so that a page can be replaced.
    private let keepsTerms: Bool

    /// How many pages are indexed at once: their terms are moved into the postings before the
    /// next ones are read, so a build holds one batch of documents' terms at a time.
    static let batchSize = 1_024

    /// Indexes every page of `view`. `keepsTerms` keeps each document's terms, which `replace`
    /// needs to take in an edited page later (`casebook serve`); a build that only writes the
    /// files lets go of them batch by batch.
    init(view: AudienceView, keepsTerms: Bool = true) {
        self.keepsTerms = keepsTerms
        documents = []
        documents.reserveCapacity(view.pages.count)
        for start in stride(from: 0, to: view.pages.count, by: Self.batchSize) {
            var batch = Array(view.pages[start..<min(start + Self.batchSize, view.pages.count)])
                .parallelMap { Self.document(for: $0, view: view) }
            for (offset, document) in batch.enumerated() {
                for (term, raw) in document.weights {
                    postings[term, default: []].append((start + offset, Self.quantize(raw)))
                }
            }
            if !keepsTerms {
                for index in batch.indices { batch[index].weights = [:] }
            }
            documents += batch
        }
        var numbers: [PageKey: Int] = [:]
        for (number, page) in view.pages.enumerated() { numbers[page.key] = number }
        self.numbers = numbers
        for (term, list) in postings { encoded[term] = JSONText.string(PostingsCoding.encode(list)) }
        var splitList: [String] = []
        Self.shard(encoded, prefixLength: 1, into: &shards, split: &splitList)
        split = Set(splitList)
    }

    /// Cuts the terms starting with `initials` into shards again (each first letter's terms
    /// are cut on their own, so the rest stay as they are).
    private mutating func reshard(initials: Set<String>) {
        guard !initials.isEmpty else { return }
        shards = shards.filter { !initials.contains(String($0.key.prefix(1))) }
        split = split.filter { !initials.contains(String($0.prefix(1))) }
        var splitList: [String] = []
        Self.shard(encoded.filter { initials.contains(String($0.key.prefix(1))) }, prefixLength: 1, into: &shards, split: &splitList)
        split.formUnion(splitList)
    }

    /// Takes in a new version of one page already in the index (same key, same place in the
    /// site); the files are then what a new index of the whole view would give.
    /// Returns the terms whose postings changed and the page's document number.
    @discardableResult
    mutating func replace(_ page: ViewPage, view: AudienceView) -> (terms: Set<String>, document: Int)? {
        precondition(keepsTerms, "an index made without its terms cannot take in a page")
        guard let number = numbers[page.key] else { return nil }
        let old = documents[number]
        let new = Self.document(for: page, view: view)
        documents[number] = new
        var changed = Set<String>()
        for term in Set(old.weights.keys).union(new.weights.keys) {
            let weight = new.weights[term].map(Self.quantize)
            if old.weights[term].map(Self.quantize) == weight { continue }
            changed.insert(term)
            var list = postings[term] ?? []
            // Postings are in document order: find the page's place by bisection.
            var low = 0, high = list.count
            while low < high {
                let middle = (low + high) / 2
                if list[middle].document < number { low = middle + 1 } else { high = middle }
            }
            if low < list.count, list[low].document == number { list.remove(at: low) }
            if let weight { list.insert((number, weight), at: low) }
            if list.isEmpty {
                postings[term] = nil
                encoded[term] = nil
            } else {
                postings[term] = list
                encoded[term] = JSONText.string(PostingsCoding.encode(list))
            }
        }
        reshard(initials: Set(changed.map { String($0.prefix(1)) }))
        return (changed, number)
    }

    /// How the index is cut into files: what decides which files a change touches.
    struct Layout: Equatable {
        var split: [String]
        var shardKeys: Set<String>
        var buckets: [Int]
    }

    var layout: Layout {
        Layout(split: split.sorted(), shardKeys: Set(shards.keys), buckets: bucketStarts())
    }

    private func bucketStarts() -> [Int] {
        var starts: [Int] = []
        var size = 0
        for (number, document) in documents.enumerated() {
            let bytes = document.json.utf8.count
            if starts.isEmpty || size + bytes > Self.bucketBytes {
                starts.append(number)
                size = 0
            }
            size += bytes
        }
        return starts
    }

    /// The files a change since `before` touched (`terms` changed postings, `documents`
    /// changed entries), and the index files that no longer exist; every file when the
    /// prefixes split into shards moved.
    func changedFiles(since before: Layout, terms: Set<String>, documents changed: Set<Int>)
        -> (write: [(path: String, contents: String)], remove: [String]) {
        let now = layout
        let oldFiles = before.shardKeys.map { "\(Self.directory)/t/\(Self.hex($0)).js" }
            + before.buckets.indices.map { "\(Self.directory)/d/\($0).js" }
        guard now.split == before.split else {
            let all = files
            let written = Set(all.map(\.path))
            return (all, oldFiles.filter { !written.contains($0) })
        }
        let split = Set(now.split)
        let shards = Set(terms.map { Self.shardKey($0, split: split) }).intersection(now.shardKeys)
        var buckets = Set(now.buckets.indices)
        if now.buckets == before.buckets {
            buckets = Set(changed.map { number in now.buckets.lastIndex { $0 <= number } ?? 0 })
        }
        let written = files(shards: shards, buckets: buckets, starts: now.buckets)
        let existing = Set(now.shardKeys.map { "\(Self.directory)/t/\(Self.hex($0)).js" }
            + now.buckets.indices.map { "\(Self.directory)/d/\($0).js" })
        return (written, oldFiles.filter { !existing.contains($0) })
    }

    /// Paths under the site root, and their contents.
    var files: [(path: String, contents: String)] {
        files(shards: nil, buckets: nil)
    }

    /// The manifest, and the shards and buckets named (all of them for `nil`).
    /// `starts` are the buckets' first documents, when the caller has them already.
    private func files(shards wanted: Set<String>?, buckets wantedBuckets: Set<Int>?,
                       starts known: [Int]? = nil) -> [(path: String, contents: String)] {
        var files: [(String, String)] = []
        let shardNames = shards.keys.map(Self.hex).sorted()
        for (key, terms) in shards.sorted(by: { $0.key < $1.key }) where wanted?.contains(key) ?? true {
            let name = "t/" + Self.hex(key)
            files.append(("\(Self.directory)/\(name).js", Self.call(name, JSONText.object(terms))))
        }
        let starts = known ?? bucketStarts()
        for (bucket, start) in starts.enumerated() where wantedBuckets?.contains(bucket) ?? true {
            let end = bucket + 1 < starts.count ? starts[bucket + 1] : documents.count
            let name = "d/\(bucket)"
            let json = "[" + documents[start..<end].map(\.json).joined(separator: ",\n") + "]"
            files.append(("\(Self.directory)/\(name).js", Self.call(name, json)))
        }
        let manifest = JSONText.object([
            "version": "1",
            "docCount": "\(documents.count)",
            "buckets": JSONText.array(starts.map(String.init)),
            "stopWords": JSONText.array(SearchText.stopWords.map(JSONText.string)),
            "split": JSONText.array(split.sorted().map(JSONText.string)),
            "shards": JSONText.array(shardNames.map(JSONText.string)),
        ])
        files.append(("\(Self.directory)/manifest.js", Self.call("manifest", manifest)))
        return files
    }

    /// A page's weighted terms and its entry in a document bucket.
    private struct Document: Sendable {
        var weights: [String: Int]
        var json: String
    }

    private static func document(for page: ViewPage, view: AudienceView) -> Document {
        let text = page.document.readableText
        let categories = page.categories.compactMap { view[$0]?.title }
        // Weights are summed per token first, so each distinct token is stemmed once.
        var tally = TokenTally()
        let fields: [(Field, [String])] = [(page.key.type == .faq ? .question : .title, [page.title]),
                                           (.summary, [page.summary ?? ""]), (.headings, text.headings),
                                           (.categories, categories), (.body, text.body)]
        for (field, texts) in fields {
            tally.weight = field.rawValue
            for words in texts { SearchText.scan(words, into: &tally) }
        }
        var weights: [String: Int] = [:]
        tally.forEach { bytes, weight in
            let token = String(decoding: bytes, as: UTF8.self)
            guard !SearchText.isStopWord(token) else { return }
            weights[SearchText.stem(token), default: 0] += weight
        }
        let json = JSONText.array([
            JSONText.string(page.title),
            JSONText.string(SitePaths.page(page.key)),
            JSONText.string(page.key.type.label),
            JSONText.string(categories.joined(separator: " · ")),
            JSONText.string(page.summary ?? ""),
            JSONText.string(excerpt(text.all)),
        ])
        return Document(weights: weights, json: json)
    }

    /// The page's text with whitespace collapsed, cut at a word boundary near `textLimit`.
    /// Works on UTF-8 bytes: words split at ASCII whitespace, length counted in Unicode scalars.
    static func excerpt(_ blocks: [String]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(textLimit + 64)
        var length = 0
        for block in blocks {
            var block = block
            let complete = block.withUTF8 { bytes -> Bool in
                var index = 0
                while index < bytes.count {
                    while index < bytes.count, isExcerptSpace(bytes[index]) { index += 1 }
                    let start = index
                    var wordLength = 0
                    while index < bytes.count, !isExcerptSpace(bytes[index]) {
                        if bytes[index] & 0xC0 != 0x80 { wordLength += 1 }
                        index += 1
                    }
                    guard wordLength > 0 else { continue }
                    let separator = length == 0 ? 0 : 1
                    guard length + separator + wordLength <= textLimit else { return false }
                    if separator == 1 { output.append(0x20) }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                    length += separator + wordLength
                }
                return true
            }
            if !complete { break }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func isExcerptSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    /// The longest shard key: a query term of this length or more reads exactly one shard.
    static let maximumKeyLength = 3

    /// Groups terms by their first `prefixLength` letters; a group larger than `shardBytes` is
    /// split one letter further (up to `maximumKeyLength`), and its prefix listed in `split`.
    private static func shard(_ terms: [String: String], prefixLength: Int,
                              into shards: inout [String: [String: String]], split: inout [String]) {
        var groups: [String: [String: String]] = [:]
        for (term, postings) in terms { groups[String(term.prefix(prefixLength)), default: [:]][term] = postings }
        for (key, group) in groups {
            let size = group.reduce(0) { $0 + $1.key.utf8.count + $1.value.utf8.count + 4 }
            guard size > shardBytes, prefixLength < maximumKeyLength, group.keys.contains(where: { $0.count > prefixLength }) else {
                shards[key] = group
                continue
            }
            split.append(key)
            // Terms no longer than the key stay in the key's own shard.
            let (short, long) = (group.filter { $0.key.count <= prefixLength }, group.filter { $0.key.count > prefixLength })
            if !short.isEmpty { shards[key] = short }
            shard(long, prefixLength: prefixLength + 1, into: &shards, split: &split)
        }
    }

    /// A term's shard key: its shortest prefix that is not split (`docs/search-index.md`).
    static func shardKey(_ term: String, split: Set<String>) -> String {
        for length in 1...maximumKeyLength {
            let key = String(term.prefix(length))
            if !split.contains(key) || term.count <= length { return key }
        }
        return String(term.prefix(maximumKeyLength))
    }

    static func quantize(_ raw: Int) -> Int {
        max(1, Int((31.0 * Double(raw) / Double(raw + 8)).rounded()))
    }

    static func hex(_ key: String) -> String {
        key.utf8.map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }

    private static func call(_ name: String, _ data: String) -> String {
        "casebookSearchLoaded(\(JSONText.string(name)),\(data));\n"
    }
}
