/// The kinds of GitHub-style alert that Casebook renders as callouts.
public enum CalloutKind: String, Sendable, CaseIterable, Hashable {
    case note, tip, important, warning, caution, `internal`

    /// The marker as written in content, e.g. `INTERNAL`.
    public var marker: String { rawValue.uppercased() }

    /// The heading shown above the callout on a rendered page.
    public var title: String {
        switch self {
        case .note: "Note"
        case .tip: "Tip"
        case .important: "Important"
        case .warning: "Warning"
        case .caution: "Caution"
        case .internal: "Internal — staff only"
        }
    }
}
