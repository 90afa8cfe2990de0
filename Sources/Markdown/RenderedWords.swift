/// The words `HTMLRenderer` writes around a document's own: callout titles and the labels of
/// heading anchors, footnotes and task-list check boxes. A site passes its language's words from the theme's strings;
/// `english` serves rendering outside a site (tests, `gfm-compare`).
public struct RenderedWords: Sendable {
    /// The title above each kind of callout.
    public var calloutTitles: [CalloutKind: String]
    /// The label of the footnotes section.
    public var footnotes: String
    /// The label of a heading's `#` link.
    public var sectionLink: String
    /// The label of a footnote's link back, `{number}` standing for the footnote's number.
    public var backToReference: String
    /// The name of a task list's check box (`- [ ]`), which has no label of its own: screen
    /// readers say it with the box's state, then read the item's text.
    public var checklistItem: String

    public init(calloutTitles: [CalloutKind: String], footnotes: String, sectionLink: String, backToReference: String,
                checklistItem: String) {
        self.calloutTitles = calloutTitles
        self.footnotes = footnotes
        self.sectionLink = sectionLink
        self.backToReference = backToReference
        self.checklistItem = checklistItem
    }

    public static let english = RenderedWords(
        calloutTitles: [.note: "Note", .tip: "Tip", .important: "Important", .warning: "Warning", .caution: "Caution",
                        .internal: "Internal — staff only"],
        footnotes: "Footnotes", sectionLink: "Link to this section", backToReference: "Back to reference {number}",
        checklistItem: "Checklist item")

    /// The title of a callout of `kind`; its marker when none is given.
    public func calloutTitle(_ kind: CalloutKind) -> String {
        calloutTitles[kind] ?? kind.marker
    }

    /// The label of footnote `number`'s link back.
    public func backToReference(_ number: Int) -> String {
        backToReference.replacing("{number}", with: String(number))
    }
}
