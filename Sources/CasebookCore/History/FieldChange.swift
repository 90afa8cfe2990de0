/// One row of a redline's front-matter table: a field (or one role's approval limit)
/// before and after a change. `before` is `nil` for what the change added, `after` for
/// what it removed.
public struct FieldChange: Sendable, Hashable {
    /// What changed, as the staff page names it: "Owner", "Review by", "Approval: Supervisor".
    public var field: String
    public var before: String?
    public var after: String?
    /// The row is an approval limit (an `authority` entry).
    public var isAuthority: Bool

    public init(field: String, before: String?, after: String?, isAuthority: Bool = false) {
        self.field = field
        self.before = before
        self.after = after
        self.isAuthority = isAuthority
    }
}
