/// The four kinds of page; a page's type is the folder it stands in under `content/`.
public enum PageType: String, Sendable, CaseIterable, Hashable, Comparable {
    case categories, policies, faq, scripts

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
}
