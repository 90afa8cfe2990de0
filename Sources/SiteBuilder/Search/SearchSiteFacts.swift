import CasebookCore

/// What a site's search manifest says beside the index's layout (`docs/search-index.md`,
/// "Manifest"): where each page type's documents are, so results can be counted and filtered
/// by type without reading a document, and the synonyms of `casebook.yml` as query terms
/// (with their words' forms, for the shards). Both come from the site's configuration and
/// page order, never from a page's text.
struct SearchSiteFacts: Sendable {
    /// Each page type the site has, in site order, with its first document and how many.
    var types: [(type: PageType, first: Int, count: Int)] = []
    /// Each synonym group's alternatives, each a word or phrase as its query terms.
    var synonyms: [[[String]]]
    /// Each word of the synonyms whose term differs from it, with its term (`WordForms`).
    var synonymForms: [String: String] = [:]

    init(view: AudienceView, words: SearchWords) {
        // Documents are numbered in site order, which sorts by type first.
        for (number, page) in view.pages.enumerated() {
            if let last = types.last, last.type == page.key.type {
                types[types.count - 1].count += 1
            } else {
                types.append((page.key.type, number, 1))
            }
        }
        synonyms = Self.groups(view.configuration.synonyms, words: words)
        for phrase in view.configuration.synonyms.joined() { synonymForms.merge(words.forms(phrase)) { first, _ in first } }
    }

    /// The configured groups as query terms: an alternative with no term (only stop words) or
    /// the same terms as an earlier one is left out, and so is a group left with fewer than two.
    static func groups(_ configured: [[String]], words: SearchWords) -> [[[String]]] {
        configured.compactMap { group in
            var alternatives: [[String]] = []
            for phrase in group {
                let terms = words.terms(phrase)
                if !terms.isEmpty, !alternatives.contains(terms) { alternatives.append(terms) }
            }
            return alternatives.count >= 2 ? alternatives : nil
        }
    }

    /// The manifest's `types` and `synonyms` members, as JSON.
    var members: [String: String] {
        [
            "types": JSONText.array(types.map { entry in
                JSONText.array([JSONText.string(entry.type.rawValue), String(entry.first), String(entry.count)])
            }),
            "synonyms": JSONText.array(synonyms.map { group in
                JSONText.array(group.map { terms in JSONText.array(terms.map(JSONText.string)) })
            }),
        ]
    }
}
