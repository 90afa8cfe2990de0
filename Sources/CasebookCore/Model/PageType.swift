/// The four kinds of page; a page's type is the folder it stands in under `content/`.
public enum PageType: String, Sendable, CaseIterable, Hashable, Comparable {
    case categories, policies, faq, scripts

    /// The singular label shown beside a page, e.g. "Policy".
    public var label: String {
        switch self {
        case .categories: "Category"
        case .policies: "Policy"
        case .faq: "FAQ"
        case .scripts: "Script"
        }
    }

    /// The plural heading of a list of pages of this type, e.g. "Policies".
    public var pluralLabel: String {
        switch self {
        case .categories: "Scenario categories"
        case .policies: "Policies"
        case .faq: "FAQ"
        case .scripts: "Scripts"
        }
    }

    /// "3 policies", "1 FAQ entry": a count for summaries.
    public func count(_ number: Int) -> String {
        let noun: String
        switch self {
        case .categories: noun = number == 1 ? "category" : "categories"
        case .policies: noun = number == 1 ? "policy" : "policies"
        case .faq: noun = number == 1 ? "FAQ entry" : "FAQ entries"
        case .scripts: noun = number == 1 ? "script" : "scripts"
        }
        return "\(number) \(noun)"
    }

    public static func < (lhs: PageType, rhs: PageType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Who may read a page.
public enum Audience: String, Sendable, CaseIterable, Hashable {
    case `public`, `internal`
}

/// Whether a policy was written for particular scenarios or applies to every one. A category
/// page lists its specific policies first and groups the general ones once, below; a specific
/// policy's approval limits override a general policy's for its scenarios.
public enum PolicyScope: String, Sendable, CaseIterable, Hashable {
    case specific, general
}

/// What a communication script is for.
public enum ScriptOutcome: String, Sendable, CaseIterable, Hashable {
    case grant, deny, inform

    public var label: String {
        switch self {
        case .grant: "Granting"
        case .deny: "Denying"
        case .inform: "Informing"
        }
    }
}
