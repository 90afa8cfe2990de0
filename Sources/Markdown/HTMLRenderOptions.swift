/// How `HTMLRenderer` turns the parts of a document that depend on the site into HTML.
public struct HTMLRenderOptions: Sendable {
    /// How a fill-in field is shown.
    public enum PlaceholderStyle: Sendable {
        /// A text input staff can type the value into (the staff site).
        case field
        /// The bracketed name as text (the public site).
        case text
    }

    /// Maps a link or image destination to the `href`/`src` to write; `nil` drops the link
    /// (its text stays) or the image (its description stays).
    public var resolveLink: @Sendable (String) -> String?
    public var placeholderStyle: PlaceholderStyle
    /// Marks plain blockquotes as the words to say (`class="script-text"`), for script pages.
    public var marksScriptText: Bool
    /// Callout titles and the labels of heading anchors and footnotes.
    public var words: RenderedWords

    public init(resolveLink: @escaping @Sendable (String) -> String?,
                placeholderStyle: PlaceholderStyle = .text,
                marksScriptText: Bool = false,
                words: RenderedWords = .english) {
        self.resolveLink = resolveLink
        self.placeholderStyle = placeholderStyle
        self.marksScriptText = marksScriptText
        self.words = words
    }
}
