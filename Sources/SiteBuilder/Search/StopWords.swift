/// Each language's stop words (`SearchLanguage`): common words too frequent to help a search,
/// left out of the index and of queries. The manifest ships the list, so the browser drops
/// the same words. A number word is never a stop word.
enum StopWords {
    static let lists: [String: [String]] = ["en": english, "es": spanish]

    static let english = [
        "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by",
        "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "his", "how", "i",
        "if", "in", "into", "is", "it", "its", "me", "more", "my", "no", "not", "of", "on", "or", "our", "out",
        "she", "so", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
        "to", "up", "us", "was", "we", "were", "what", "when", "which", "who", "will", "with", "would", "you", "your",
    ]

    static let spanish = [
        "al", "algo", "como", "con", "cual", "de", "del", "desde", "donde", "el", "él", "ella", "ellas", "ellos",
        "en", "entre", "era", "es", "esa", "ese", "eso", "esta", "está", "este", "esto", "fue", "ha", "han", "hay",
        "la", "las", "le", "les", "lo", "los", "me", "mi", "mis", "muy", "ni", "no", "nos", "para", "pero", "por",
        "que", "qué", "se", "ser", "si", "sí", "sin", "sobre", "son", "su", "sus", "también", "te", "tu", "tus",
        "un", "unas", "unos", "usted", "ustedes", "ya", "yo",
    ]
}
