/// Compares a page's front matter before and after a change, field by field, into the rows
/// of a redline's "before → after" table.
public enum FrontMatterRedline {
    /// The fields that differ, in the order a policy page shows them: title and summary,
    /// audience, owner and dates, approval limits, then the lists. Audiences are the
    /// resolved ones (the front matter's, or the type's default).
    public static func changes(before: FrontMatter, audience beforeAudience: Audience,
                               after: FrontMatter, audience afterAudience: Audience) -> [FieldChange] {
        var rows: [FieldChange] = []
        func compare(_ field: FieldChange.Field, _ old: String?, _ new: String?) {
            if old != new { rows.append(FieldChange(field: field, before: old, after: new)) }
        }
        func list(_ values: [String]) -> String? { values.isEmpty ? nil : values.joined(separator: ", ") }
        compare(.title, before.title, after.title)
        compare(.summary, before.summary, after.summary)
        compare(.audience, beforeAudience.rawValue, afterAudience.rawValue)
        compare(.owner, before.owner, after.owner)
        compare(.effective, before.effective?.iso, after.effective?.iso)
        compare(.reviewBy, before.reviewBy?.iso, after.reviewBy?.iso)
        rows += authorityChanges(before.authority, after.authority)
        compare(.scope, before.scope?.rawValue, after.scope?.rawValue)
        compare(.steps, before.steps.isEmpty ? nil : before.steps.joined(separator: " / "),
                after.steps.isEmpty ? nil : after.steps.joined(separator: " / "))
        compare(.outcome, before.outcome?.rawValue, after.outcome?.rawValue)
        compare(.categories, list(before.categories.map(\.value)), list(after.categories.map(\.value)))
        compare(.related, list(before.related.map(\.value)), list(after.related.map(\.value)))
        compare(.tags, list(before.tags), list(after.tags))
        return rows
    }

    /// The fields a translation writes itself, title and summary, that differ.
    public static func translatedChanges(before: FrontMatter, after: FrontMatter) -> [FieldChange] {
        let pairs: [(FieldChange.Field, String?, String?)] = [(.title, before.title, after.title),
                                                               (.summary, before.summary, after.summary)]
        return pairs.compactMap { field, old, new in
            old == new ? nil : FieldChange(field: field, before: old, after: new)
        }
    }

    /// The approval limits that a change added, removed or changed. An entry is one role's
    /// limit in one situation (`when`): entries are matched by role and situation, in order
    /// when there are several, and compared whole (where they were written aside), so every
    /// part of an entry counts.
    public static func authorityChanges(_ before: [AuthorityGrant], _ after: [AuthorityGrant]) -> [FieldChange] {
        struct Slot: Hashable { var role: String; var when: String? }
        func unplaced(_ grant: AuthorityGrant) -> AuthorityGrant {
            var grant = grant
            grant.position = .start
            return grant
        }
        func field(_ grant: AuthorityGrant) -> FieldChange.Field {
            .approval(role: grant.role, when: grant.when)
        }
        var remaining = Dictionary(grouping: before.map(unplaced)) { Slot(role: $0.role, when: $0.when) }
        var rows: [FieldChange] = []
        for grant in after.map(unplaced) {
            let slot = Slot(role: grant.role, when: grant.when)
            guard let old = remaining[slot]?.first else {
                rows.append(FieldChange(field: field(grant), before: nil, after: grant.upTo))
                continue
            }
            remaining[slot]?.removeFirst()
            if old != grant { rows.append(FieldChange(field: field(grant), before: old.upTo, after: grant.upTo)) }
        }
        for grant in before.map(unplaced) {
            let slot = Slot(role: grant.role, when: grant.when)
            guard let left = remaining[slot], !left.isEmpty else { continue }
            remaining[slot]?.removeFirst()
            rows.append(FieldChange(field: field(left[0]), before: left[0].upTo, after: nil))
        }
        return rows
    }
}
