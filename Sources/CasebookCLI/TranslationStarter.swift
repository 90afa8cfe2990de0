import CasebookCore

/// The text of a new translation, made from its source: front matter reduced to the title
/// and summary (the only fields a translation writes), and the source's body, to translate.
struct TranslationStarter {
    var title: String
    var summary: String?
    var body: String

    var text: String {
        "---\ntitle: \(YAMLScalar.text(title))\n" + (summary.map { "summary: \(YAMLScalar.text($0))\n" } ?? "") + "---\n" + body
    }
}
