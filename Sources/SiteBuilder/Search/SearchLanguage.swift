/// The language a site's search index is made for (`docs/search-index.md`, "Words"): which
/// Snowball algorithm stems its words, and its stop words and number words. Made from an
/// ISO 639-1 code (`en`, `es`, `pt-BR`: only the language part counts). A language Snowball
/// has no algorithm for is searched without stemming; only English and Spanish have stop
/// words and number words.
public struct SearchLanguage: Sendable, Equatable {
    /// The code as given.
    public let code: String
    /// The Snowball algorithm's name (`english`, `spanish`), `nil` for no stemming.
    let algorithm: String?
    /// Words left out of the index and of queries.
    let stopWords: [String]
    /// Number words and the terms of their digits (`NumberWords`).
    let numberWords: [String: String]

    public static let english = SearchLanguage(code: "en")

    public init(code: String) {
        self.code = code
        let language = String(code.lowercased().prefix { $0.isLetter })
        algorithm = Self.snowballAlgorithms[language]
        stopWords = StopWords.lists[language] ?? []
        numberWords = NumberWords.tables[language] ?? [:]
    }

    /// ISO 639-1 codes and the Snowball algorithms libstemmer has for them.
    static let snowballAlgorithms = [
        "ar": "arabic", "ca": "catalan", "da": "danish", "de": "german", "el": "greek", "en": "english",
        "es": "spanish", "eu": "basque", "fi": "finnish", "fr": "french", "ga": "irish", "hi": "hindi",
        "hu": "hungarian", "hy": "armenian", "id": "indonesian", "it": "italian", "lt": "lithuanian",
        "nb": "norwegian", "ne": "nepali", "nl": "dutch", "nn": "norwegian", "no": "norwegian",
        "pt": "portuguese", "ro": "romanian", "ru": "russian", "sr": "serbian", "sv": "swedish", "ta": "tamil",
        "tr": "turkish", "yi": "yiddish",
    ]
}
