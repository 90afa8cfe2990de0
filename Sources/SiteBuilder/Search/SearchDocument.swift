import CasebookCore

/// A page as the search index takes it in: its weighted terms, the word forms whose term
/// differs from them, and its entry in a document bucket (`docs/search-index.md`).
struct SearchDocument: Sendable {
    /// How much of a page's text a document keeps for snippets.
    static let textLimit = 1_500

    /// Field weights: how much one occurrence of a word in each place counts.
    enum Field: Int {
        case body = 1, categories = 3, headings = 4, summary = 5, title = 10, question = 15
    }

    /// Each term's raw weight, the sum over its occurrences (`SearchIndex.quantize` makes the
    /// postings' weight of it).
    var weights: [String: Int]
    /// Each word of the page whose term is not the word itself, with its term (`WordForms`).
    var forms: [String: String] = [:]
    /// `[title, url, typeLabel, categories, summary, text]` as JSON.
    var json: String

    /// `typeLabel` is the page's type as the site's language names it; `words` how the
    /// language's text is cut into search terms.
    init(page: ViewPage, view: AudienceView, typeLabel: String, words: SearchWords) {
        let text = page.document.readableText
        let categories = page.categories.compactMap { view[$0]?.title }
        // Weights are summed per token first, so each distinct token is stemmed once.
        var tally = TokenTally()
        let fields: [(Field, [String])] = [(page.key.type == .faq ? .question : .title, [page.title]),
                                           (.summary, [page.summary ?? ""]), (.headings, text.headings),
                                           (.categories, categories), (.body, text.body)]
        for (field, texts) in fields {
            tally.weight = field.rawValue
            for text in texts { SearchText.scan(text, into: &tally) }
        }
        var weights: [String: Int] = [:]
        var forms: [String: String] = [:]
        words.withStemmer { stemmer in
            tally.forEach { bytes, weight in
                guard let term = words.term(of: bytes, stemmer: stemmer) else { return }
                weights[term, default: 0] += weight
                if !term.utf8.elementsEqual(bytes) { forms[String(decoding: bytes, as: UTF8.self)] = term }
            }
        }
        self.weights = weights
        self.forms = forms
        json = JSONText.array([
            JSONText.string(page.title),
            JSONText.string(SitePaths.page(page.key)),
            JSONText.string(typeLabel),
            JSONText.string(categories.joined(separator: " · ")),
            JSONText.string(page.summary ?? ""),
            JSONText.string(Self.excerpt(text.all)),
        ])
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
}
