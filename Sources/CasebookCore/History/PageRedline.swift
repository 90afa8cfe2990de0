import Markdown

/// What the last change to a policy did, for the staff site: its readable text block by
/// block, and its front matter field by field.
public struct PageRedline: Sendable, Hashable {
    public var date: ChangeDate
    public var text: TextRedline
    public var fields: [FieldChange]

    /// Compares the page with the version before its last change (`history.previous`);
    /// `nil` when there is no such version.
    public init?(page: Page, history: PageHistory, configuration: SiteConfiguration) {
        guard let previous = history.previous, let date = ChangeDate(history) else { return nil }
        self.date = date
        text = Self.text(of: page, since: previous)
        let previousAudience = previous.frontMatter.audience ?? configuration.audience(forPageOf: page.key.type)
        fields = FrontMatterRedline.changes(before: previous.frontMatter, audience: previousAudience,
                                            after: page.frontMatter, audience: page.audience)
    }

    /// What changed in a translation's source since the translation's last change (`date`,
    /// when the source first changed after it): the source's text and the two fields a
    /// translation has of its own, title and summary.
    public init(source page: Page, since then: PreviousVersion, date: ChangeDate) {
        self.date = date
        text = Self.text(of: page, since: then)
        fields = FrontMatterRedline.translatedChanges(before: then.frontMatter, after: page.frontMatter)
    }

    private static func text(of page: Page, since previous: PreviousVersion) -> TextRedline {
        let before = MarkdownParser.parse(previous.body, placeholders: page.key.type == .scripts, publicVersion: false)
        return TextRedline(before: before.readableBlocks, after: page.document.readableBlocks)
    }

    /// Whether the change added, removed or changed an approval limit.
    public var changesAuthority: Bool { fields.contains(where: \.isAuthority) }

    /// When the page's approval limits last changed, if its last change changed them: the
    /// part of a redline the governance page needs, without reading the text.
    public static func limitChange(page: Page, history: PageHistory?) -> ChangeDate? {
        guard let history, let previous = history.previous,
              !FrontMatterRedline.authorityChanges(previous.frontMatter.authority, page.frontMatter.authority).isEmpty
        else { return nil }
        return ChangeDate(history)
    }
}
