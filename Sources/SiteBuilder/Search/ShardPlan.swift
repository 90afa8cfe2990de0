/// How the terms and word forms are cut into shards (`docs/search-index.md`, "Term shards"):
/// they are grouped by their first letter; a group larger than `shardBytes` is split one
/// letter further (up to `maximumKeyLength`), its terms and forms no longer than its prefix
/// staying in the prefix's own shard. Only the split prefixes and the shard keys are kept:
/// which terms and forms a shard holds follows from them (`key(of:)`).
struct ShardPlan: Equatable, Sendable {
    /// Above this size, a group of terms is split into shards one letter longer.
    static let shardBytes = 16_000
    /// The longest shard key: a query term of this length or more reads exactly one shard.
    static let maximumKeyLength = 3

    /// The prefixes split into longer ones.
    private(set) var split = Set<String>()
    /// The shards that hold terms.
    private(set) var keys = Set<String>()

    /// The plan for every term in `postings` and every form in `forms`.
    init(_ postings: [String: EncodedPostings], forms: [String: String]) {
        split = Self.split(postings, forms)
        keys = Set(postings.keys.map(key(of:))).union(forms.keys.map(key(of:)))
    }

    /// Plans again the terms and forms starting with `initials` (each first letter's entries
    /// are cut on their own, so the others stay as they are).
    mutating func replan(initials: Set<String>, in postings: [String: EncodedPostings], forms: [String: String]) {
        guard !initials.isEmpty else { return }
        let isReplanned = { (text: String) in initials.contains(String(text.prefix(1))) }
        let terms = postings.filter { isReplanned($0.key) }
        let forms = forms.filter { isReplanned($0.key) }
        split = split.filter { !isReplanned($0) }.union(Self.split(terms, forms))
        keys = keys.filter { !isReplanned($0) }.union(terms.keys.map(key(of:))).union(forms.keys.map(key(of:)))
    }

    /// A term's shard key: its shortest prefix that is not split.
    func key(of term: String) -> String {
        Self.key(of: term, split: split)
    }

    static func key(of term: String, split: Set<String>) -> String {
        for length in 1...maximumKeyLength {
            let key = String(term.prefix(length))
            if !split.contains(key) || term.count <= length { return key }
        }
        return String(term.prefix(maximumKeyLength))
    }

    /// The prefixes to split. The group of a prefix of length `n` holds every term and form
    /// that starts with it and is at least `n` long (a shorter one ends in a shorter prefix's
    /// shard); it is split when its prefix's own prefix is (or `n` is 1), when its entries
    /// pass `shardBytes`, and when some term or form is longer than the prefix.
    private static func split(_ postings: [String: EncodedPostings], _ forms: [String: String]) -> Set<String> {
        var sizes: [String: Int] = [:]
        var hasLongerTerms = Set<String>()
        func count(_ entry: String, size: Int) {
            let length = entry.count
            for prefixLength in 1..<maximumKeyLength where prefixLength == 1 || length >= prefixLength {
                let prefix = String(entry.prefix(prefixLength))
                sizes[prefix, default: 0] += size
                if length > prefixLength { hasLongerTerms.insert(prefix) }
            }
        }
        // The entries `"term":"postings",` and `"form":"term",` in the shard's JSON.
        for (term, list) in postings { count(term, size: term.utf8.count + list.text.utf8.count + 6) }
        for (form, term) in forms { count(form, size: form.utf8.count + term.utf8.count + 6) }
        var split = Set<String>()
        for prefixLength in 1..<maximumKeyLength {
            for (prefix, size) in sizes where prefix.count == prefixLength && size > shardBytes
                && hasLongerTerms.contains(prefix) && (prefixLength == 1 || split.contains(String(prefix.prefix(prefixLength - 1)))) {
                split.insert(prefix)
            }
        }
        return split
    }
}
