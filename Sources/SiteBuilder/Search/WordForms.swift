/// The index's word forms (`docs/search-index.md`, "Term shards"): each word of the pages or
/// of the synonyms whose term is not the word itself ("waived" → "waiv", "ten" → "10"), so
/// the browser finds a typed word's term without stemming. A page's forms are counted, so
/// that a form no page has any more leaves the index when a page changes.
struct WordForms: Sendable {
    /// Each form's term.
    private(set) var terms: [String: String]
    /// How many documents have each form; the synonyms' forms are not counted and stay.
    private var documents: [String: Int] = [:]
    /// The synonyms' forms, which stay whatever the pages say.
    private let synonymForms: Set<String>

    /// The forms of the synonyms, which no page's change removes.
    init(synonyms: [String: String]) {
        terms = synonyms
        synonymForms = Set(synonyms.keys)
    }

    /// Takes in one document's forms; returns the forms that were not in the index.
    @discardableResult
    mutating func add(_ forms: [String: String]) -> [String] {
        var added: [String] = []
        for (form, term) in forms {
            documents[form, default: 0] += 1
            if terms.updateValue(term, forKey: form) == nil { added.append(form) }
        }
        return added
    }

    /// Takes out one document's forms; returns the forms that left the index.
    mutating func remove(_ forms: [String: String]) -> [String] {
        var removed: [String] = []
        for form in forms.keys {
            guard let count = documents[form] else { continue }
            if count > 1 {
                documents[form] = count - 1
                continue
            }
            documents[form] = nil
            if synonymForms.contains(form) { continue }
            terms[form] = nil
            removed.append(form)
        }
        return removed
    }
}
