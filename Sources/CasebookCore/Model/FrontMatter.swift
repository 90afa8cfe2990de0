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
    /// `general` for a policy that applies to every scenario; absent means specific.
    public var scope: PolicyScope?
    /// What an agent does under the policy, in order: shown before the body on the staff site.
    public var steps: [String] = []
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

/// Who may grant an exception under a policy, and up to what; `when` names the situation the
/// row applies to ("our outage caused the late payment"), and a row without one applies otherwise.
public struct AuthorityGrant: Sendable, Hashable {
    public var role: String
    public var upTo: String
    public var when: String?
    /// Where the entry's role was written.
    public var position: FilePosition

    public init(role: String, upTo: String, when: String? = nil, position: FilePosition = .start) {
        self.role = role
        self.upTo = upTo
        self.when = when
        self.position = position
    }
}

/// The front-matter keys and the page types each applies to.
enum FrontMatterKey: String, CaseIterable {
    case title, summary, audience, categories, related, tags, owner, effective
    case reviewBy = "review_by"
    case authority, scope, steps, outcome, order

    var appliesTo: Set<PageType> {
        switch self {
        case .title, .summary, .audience, .related, .tags: Set(PageType.allCases)
        case .categories: [.policies, .faq, .scripts]
        case .owner, .effective, .reviewBy, .authority, .scope, .steps: [.policies]
        case .outcome: [.scripts]
        case .order: [.categories]
        }
    }
}
