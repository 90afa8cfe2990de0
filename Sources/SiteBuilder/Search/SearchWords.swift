/// How one language's words become index terms (`docs/search-index.md`, "Words"): a token
/// (`SearchText.tokens`) that is a stop word has none, a number word's term is its digits, any
/// other token's term is its Snowball stem (or the token itself, for a language without
/// stemming). The browser never stems: the index maps each word form whose term differs
/// from it to its term (`WordForms`), and the manifest carries the stop words and number words.
struct SearchWords: Sendable {
    let language: SearchLanguage
    private let stemmers: StemmerPool?
    private let stopWords: Set<String>

    init(language: SearchLanguage) {
        self.language = language
        stemmers = language.algorithm.flatMap(StemmerPool.init(algorithm:))
        stopWords = Set(language.stopWords)
    }

    /// Runs `body` with a stemmer of its own (`nil` for a language without stemming): a
    /// stemmer serves one thread at a time.
    func withStemmer<Result>(_ body: (SnowballStemmer?) -> Result) -> Result {
        guard let stemmers else { return body(nil) }
        return stemmers.withStemmer { body($0) }
    }

    /// A token's term, given as UTF-8 bytes: `nil` for a stop word, a number word's digits,
    /// else its stem.
    func term(of token: UnsafeBufferPointer<UInt8>, stemmer: SnowballStemmer?) -> String? {
        let word = String(decoding: token, as: UTF8.self)
        if stopWords.contains(word) { return nil }
        if let number = language.numberWords[word] { return number }
        return stemmer?.stem(token) ?? word
    }

    func term(of token: String, stemmer: SnowballStemmer?) -> String? {
        var token = token
        return token.withUTF8 { term(of: $0, stemmer: stemmer) }
    }

    /// The terms a text is searched for, in order.
    func terms(_ text: String) -> [String] {
        withStemmer { stemmer in SearchText.tokens(text).compactMap { term(of: $0, stemmer: stemmer) } }
    }

    /// Each token of `text` whose term differs from it, with its term.
    func forms(_ text: String) -> [String: String] {
        withStemmer { stemmer in
            var forms: [String: String] = [:]
            for token in SearchText.tokens(text) {
                if let term = term(of: token, stemmer: stemmer), term != token { forms[token] = term }
            }
            return forms
        }
    }
}
