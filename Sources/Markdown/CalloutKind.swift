/// The kinds of GitHub-style alert that Casebook renders as callouts.
public enum CalloutKind: String, Sendable, CaseIterable, Hashable {
    case note, tip, important, warning, caution, `internal`

    /// The marker as written in content, e.g. `INTERNAL`.
    public var marker: String { rawValue.uppercased() }

}
