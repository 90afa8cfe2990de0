/// Compares a page's front matter before and after a change, field by field, into the rows
/// of a redline's "before → after" table.
public enum FrontMatterRedline {
    /// The fields that differ, in the order a policy page shows them: title and summary,
    /// audience, owner and dates, approval limits, then the lists. Audiences are the
    /// resolved ones (the front matter's, or the type's default).
    public static func changes(before: FrontMatter, audience beforeAudience: Audience,
                               after: FrontMatter, audience afterAudience: Audience) -> [FieldChange] {
        var rows: [FieldChange] = []
        func compare(_ field: String, _ old: String?, _ new: String?) {
            if old != new { rows.append(FieldChange(field: field, before: old, after: new)) }
        }
        func list(_ values: [String]) -> String? { values.isEmpty ? nil : values.joined(separator: ", ") }
        compare("Title", before.title, after.title)
        compare("Summary", before.summary, after.summary)
        compare("Audience", beforeAudience.rawValue, afterAudience.rawValue)
        compare("Owner", before.owner, after.owner)
        compare("Effective", before.effective?.display, after.effective?.display)
        compare("Review by", before.reviewBy?.display, after.reviewBy?.display)
        rows += authorityChanges(before.authority, after.authority)
        compare("Outcome", before.outcome?.rawValue, after.outcome?.rawValue)
        compare("Categories", list(before.categories.map(\.value)), list(after.categories.map(\.value)))
        compare("Related", list(before.related.map(\.value)), list(after.related.map(\.value)))
        compare("Tags", list(before.tags), list(after.tags))
        return rows
    }

    /// The approval limits that a change added, removed or changed. Entries are matched by
    /// role, in order when a role has several, and compared whole (where they were written
    /// aside), so every part of an entry counts.
    public static func authorityChanges(_ before: [AuthorityGrant], _ after: [AuthorityGrant]) -> [FieldChange] {
        func unplaced(_ grant: AuthorityGrant) -> AuthorityGrant {
            var grant = grant
            grant.position = .start
            return grant
        }
        var remaining = Dictionary(grouping: before.map(unplaced), by: \.role)
        var rows: [FieldChange] = []
        for grant in after.map(unplaced) {
            let field = "Approval: \(grant.role)"
            guard let old = remaining[grant.role]?.first else {
                rows.append(FieldChange(field: field, before: nil, after: grant.upTo, isAuthority: true))
                continue
            }
            remaining[grant.role]?.removeFirst()
            if old != grant { rows.append(FieldChange(field: field, before: old.upTo, after: grant.upTo, isAuthority: true)) }
        }
        for grant in before.map(unplaced) {
            guard let left = remaining[grant.role], !left.isEmpty else { continue }
            remaining[grant.role]?.removeFirst()
            rows.append(FieldChange(field: "Approval: \(grant.role)", before: left[0].upTo, after: nil, isAuthority: true))
        }
        return rows
    }
}
