/// The typed front matter of a page (see the content format's table of fields).
public struct FrontMatter: Sendable, Hashable {
    public var title: String = ""
    public var summary: String?
    public var audience: Audience?
    public var categories: [Located<String>] = []
    public var related: [Located<String>] = []
    public var tags: [String] = []
    public var owner: String?
    public var effective: CalendarDay?
    public var reviewBy: CalendarDay?
    public var authority: [AuthorityGrant] = []
    public var outcome: ScriptOutcome?
    public var order: Int?
    /// Where each key present was written, for diagnostics about its value.
    public var keyPositions: [String: FilePosition] = [:]

    public init() {}

    /// Where `key` was written, or the start of the file when it is absent.
    public func position(of key: String) -> FilePosition {
        keyPositions[key] ?? .start
    }
}

/// Who may grant an exception under a policy, and up to what.
public struct AuthorityGrant: Sendable, Hashable {
    public var role: String
    public var upTo: String
    /// Where the entry's role was written.
    public var position: FilePosition

    public init(role: String, upTo: String, position: FilePosition = .start) {
        self.role = role
        self.upTo = upTo
        self.position = position
    }
}

/// The front-matter keys and the page types each applies to.
enum FrontMatterKey: String, CaseIterable {
    case title, summary, audience, categories, related, tags, owner, effective
    case reviewBy = "review_by"
    case authority, outcome, order

    var appliesTo: Set<PageType> {
        switch self {
        case .title, .summary, .audience, .related, .tags: Set(PageType.allCases)
        case .categories: [.policies, .faq, .scripts]
        case .owner, .effective, .reviewBy, .authority: [.policies]
        case .outcome: [.scripts]
        case .order: [.categories]
        }
    }
}
