/// One row of a redline's front-matter table: a field (or one role's approval limit)
/// before and after a change. `before` is `nil` for what the change added, `after` for
/// what it removed.
public struct FieldChange: Sendable, Hashable {
    /// Which front-matter field changed; the site names it in its language.
    public enum Field: Sendable, Hashable {
        case title, summary, audience, owner, effective, reviewBy, scope, steps, outcome, categories, related, tags
        /// One role's approval limit, in one situation (`when`) or otherwise.
        case approval(role: String, when: String?)

        /// The field's values are days written `YYYY-MM-DD`.
        public var isDate: Bool { self == .effective || self == .reviewBy }
    }

    public var field: Field
    public var before: String?
    public var after: String?

    /// The row is an approval limit (an `authority` entry).
    public var isAuthority: Bool {
        if case .approval = field { true } else { false }
    }

    public init(field: Field, before: String?, after: String?) {
        self.field = field
        self.before = before
        self.after = after
    }
}
