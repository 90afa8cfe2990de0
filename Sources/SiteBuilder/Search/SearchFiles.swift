/// The index's files (`docs/search-index.md`), each handed to `add` with its path under the
/// site root as soon as it is made: every file calls `casebookSearchLoaded` with its name
/// (its path below `search/`, without `.js`) and its data.
enum SearchFiles {
    /// Where the index lives in a site.
    static let directory = "search"

    static func shardPath(_ key: String) -> String { "\(directory)/t/\(hex(key)).js" }
    static func bucketPath(_ number: Int) -> String { "\(directory)/d/\(number).js" }

    /// Writes the shards of `plan` named in `wanted` (every shard for `nil`), one at a time:
    /// each holds its terms' postings and its word forms' terms.
    static func writeShards(_ postings: [String: EncodedPostings], forms: [String: String], plan: ShardPlan,
                            only wanted: Set<String>? = nil, to add: (_ path: String, _ contents: String) -> Void) {
        var members: [String: (terms: [String], forms: [String])] = [:]
        for term in postings.keys {
            let key = plan.key(of: term)
            if wanted?.contains(key) ?? true { members[key, default: ([], [])].terms.append(term) }
        }
        for form in forms.keys {
            let key = plan.key(of: form)
            if wanted?.contains(key) ?? true { members[key, default: ([], [])].forms.append(form) }
        }
        for key in members.keys.sorted() {
            let shard = members[key]!
            let terms = Dictionary(uniqueKeysWithValues: shard.terms.map { ($0, JSONText.string(postings[$0]!.text)) })
            let termsOfForms = Dictionary(uniqueKeysWithValues: shard.forms.map { ($0, JSONText.string(forms[$0]!)) })
            let data = JSONText.object(["terms": JSONText.object(terms), "forms": JSONText.object(termsOfForms)])
            add(shardPath(key), call("t/" + hex(key), data))
        }
    }

    /// Writes bucket `number`, which holds `documents` (their JSON).
    static func writeBucket(_ number: Int, documents: some Sequence<String>,
                            to add: (_ path: String, _ contents: String) -> Void) {
        add(bucketPath(number), call("d/\(number)", "[" + documents.joined(separator: ",\n") + "]"))
    }

    /// Writes the manifest of an index of `documentCount` documents in `language`, its
    /// buckets starting at `bucketStarts`, with the site's `facts`.
    static func writeManifest(documentCount: Int, bucketStarts: [Int], plan: ShardPlan, language: SearchLanguage,
                              facts: SearchSiteFacts, to add: (_ path: String, _ contents: String) -> Void) {
        let manifest = JSONText.object(facts.members.merging([
            "version": "3",
            "language": JSONText.string(language.code),
            "docCount": "\(documentCount)",
            "buckets": JSONText.array(bucketStarts.map(String.init)),
            "stopWords": JSONText.array(language.stopWords.map(JSONText.string)),
            "numbers": JSONText.object(language.numberWords.mapValues(JSONText.string)),
            "split": JSONText.array(plan.split.sorted().map(JSONText.string)),
            "shards": JSONText.array(plan.keys.map(hex).sorted().map(JSONText.string)),
        ]) { _, layout in layout })
        add("\(directory)/manifest.js", call("manifest", manifest))
    }

    /// The lowercase hex of a shard key's UTF-8 bytes, which names its file.
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
