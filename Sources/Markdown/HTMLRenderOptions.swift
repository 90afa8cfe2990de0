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
    /// Put before every `id` the document writes (headings, footnotes) and before the
    /// fragment of each link to them it writes itself, so that several documents can share
    /// one HTML page; empty for a page of its own.
    public var idPrefix: String
    /// Added to every heading's level (at most 6), for a document shown under headings of
    /// the page's own; 0 for a page of its own.
    public var headingLevelOffset: Int

    public init(resolveLink: @escaping @Sendable (String) -> String?,
                placeholderStyle: PlaceholderStyle = .text,
                marksScriptText: Bool = false,
                words: RenderedWords = .english,
                idPrefix: String = "",
                headingLevelOffset: Int = 0) {
        self.resolveLink = resolveLink
        self.placeholderStyle = placeholderStyle
        self.marksScriptText = marksScriptText
        self.words = words
        self.idPrefix = idPrefix
        self.headingLevelOffset = headingLevelOffset
    }
}
