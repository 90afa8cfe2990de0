import CasebookCore
import Markdown

/// The words the build writes for the model's values: type names, review statuses, script
/// outcomes, front-matter fields and the containers of a redline's blocks.
extension StringTable {
    /// "Policy"
    func typeLabel(_ type: PageType) -> String { text("type.\(type.rawValue).label") }

    /// "Policies", the heading of a list of pages of `type`.
    func typePlural(_ type: PageType) -> String { text("type.\(type.rawValue).plural") }

    /// "Policies", "Categories": the title of the list of every page of `type`, in the main
    /// navigation and breadcrumbs.
    func sectionTitle(_ type: PageType) -> String {
        type == .categories ? text("nav.categories") : typePlural(type)
    }

    /// "3 policies"
    func typeCount(_ type: PageType, _ number: Int) -> String { count("type.\(type.rawValue).count", number) }

    /// "Overdue for review"
    func reviewStatus(_ status: ReviewStatus) -> String {
        switch status {
        case .overdue: text("review.overdue")
        case .dueSoon: text("review.dueSoon")
        case .current: text("review.current")
        case .unscheduled: text("review.unscheduled")
        }
    }

    /// "Granting"
    func outcomeLabel(_ outcome: ScriptOutcome) -> String { text("outcome.\(outcome.rawValue).label") }

    /// "Granting the request", the heading of a list of scripts with `outcome`.
    func outcomeHeading(_ outcome: ScriptOutcome) -> String { text("outcome.\(outcome.rawValue).heading") }

    /// "Saying no instead?", before a link to a script of the opposite outcome `outcome`.
    func outcomePrompt(_ outcome: ScriptOutcome) -> String { text("outcome.\(outcome.rawValue).prompt") }

    /// "Review by", "Approval: Supervisor, when …": a front-matter field in a redline's table.
    func fieldName(_ field: FieldChange.Field) -> String {
        switch field {
        case .approval(let role, nil): text("redline.field.approval", ["role": role])
        case .approval(let role, let when?): text("redline.field.approvalWhen", ["role": role, "when": when])
        case .title: text("redline.field.title")
        case .summary: text("redline.field.summary")
        case .audience: text("redline.field.audience")
        case .owner: text("redline.field.owner")
        case .effective: text("redline.field.effective")
        case .reviewBy: text("redline.field.reviewBy")
        case .scope: text("redline.field.scope")
        case .steps: text("redline.field.steps")
        case .outcome: text("redline.field.outcome")
        case .categories: text("redline.field.categories")
        case .related: text("redline.field.related")
        case .tags: text("redline.field.tags")
        }
    }

    /// A field's value in a redline's table: a day written for the language, else as it is.
    func fieldValue(_ value: String, of field: FieldChange.Field) -> String {
        guard field.isDate, let day = CalendarDay(iso: value) else { return value }
        return self.day(day)
    }

    /// "Quote", "Footnote 2", a callout's title: what a redline block stands in.
    func container(_ container: ReadableBlock.Container) -> String {
        switch container {
        case .quote: text("markdown.quote")
        case .callout(let kind): calloutTitle(kind)
        case .footnote(let number): text("markdown.footnote", ["number": self.number(number)])
        }
    }

    func calloutTitle(_ kind: CalloutKind) -> String { text("callout.\(kind.rawValue)") }

    /// What the Markdown renderer writes around a page's own words.
    var renderedWords: RenderedWords {
        RenderedWords(calloutTitles: Dictionary(uniqueKeysWithValues: CalloutKind.allCases.map { ($0, calloutTitle($0)) }),
                      footnotes: text("markdown.footnotes"), sectionLink: text("markdown.sectionLink"),
                      backToReference: text("markdown.backToReference"), checklistItem: text("markdown.checklistItem"))
    }
}
