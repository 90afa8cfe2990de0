/// Everything read from a content repository, before cross-page validation.
public struct LoadedContent: Sendable {
    public var configuration: SiteConfiguration
    public var pages: [Page]
    /// Translations as read, each with its source's key and its `language`.
    public var translations: [Page] = []
    /// Paths relative to `content/` of the files that are not pages (images, PDFs, ...).
    public var otherFiles: Set<String>
    public var diagnostics: Diagnostics
}
