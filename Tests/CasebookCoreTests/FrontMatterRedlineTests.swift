import Testing
@testable import CasebookCore

/// The "before → after" table of a redline: which front-matter fields a change touched.
@Suite struct FrontMatterRedlineTests {
    static func policy(_ yaml: String) -> FrontMatter {
        FrontMatterDecoder.decode("title: Late fee waiver\nowner: Billing Team\n" + yaml, type: .policies,
                                  path: "content/policies/late-fee-waiver.md").0
    }

    static func changes(_ before: String, _ after: String, audiences: (Audience, Audience) = (.internal, .internal))
        -> [FieldChange] {
        FrontMatterRedline.changes(before: policy(before), audience: audiences.0, after: policy(after), audience: audiences.1)
    }

    static let limits = """
        authority:
          - { role: Agent, up_to: "$25" }
          - { role: Supervisor, up_to: "$100" }
        """

    @Test func aChangedLimitIsOneRowForItsRole() {
        let after = Self.limits.replacingOccurrences(of: "$100", with: "$150")
        #expect(Self.changes(Self.limits, after) == [
            FieldChange(field: .approval(role: "Supervisor", when: nil), before: "$100", after: "$150"),
        ])
    }

    @Test func addedAndRemovedRolesAreRowsWithoutABeforeOrAnAfter() {
        let after = """
            authority:
              - { role: Supervisor, up_to: "$100" }
              - { role: Manager, up_to: "$500" }
            """
        #expect(Self.changes(Self.limits, after) == [
            FieldChange(field: .approval(role: "Manager", when: nil), before: nil, after: "$500"),
            FieldChange(field: .approval(role: "Agent", when: nil), before: "$25", after: nil),
        ])
    }

    @Test func limitsThatOnlyMovedAreNoChange() {
        let reordered = """
            summary: Moved down a line.
            authority:
              - { role: Supervisor, up_to: "$100" }
              - { role: Agent, up_to: "$25" }
            """
        #expect(Self.changes(Self.limits, reordered).map(\.field) == [.summary])
    }

    @Test func aRoleListedTwiceIsMatchedInOrder() {
        let twice = """
            authority:
              - { role: Agent, up_to: "$25" }
              - { role: Agent, up_to: "30 days" }
            """
        #expect(Self.changes(twice, twice.replacingOccurrences(of: "30 days", with: "60 days")) == [
            FieldChange(field: .approval(role: "Agent", when: nil), before: "30 days", after: "60 days"),
        ])
        #expect(Self.changes(twice, "authority:\n  - { role: Agent, up_to: \"$25\" }") == [
            FieldChange(field: .approval(role: "Agent", when: nil), before: "30 days", after: nil),
        ])
    }

    @Test func aLimitForASituationIsItsOwnRow() {
        let before = """
            authority:
              - { role: Agent, up_to: "any amount", when: "our outage caused it" }
              - { role: Agent, up_to: "$25" }
            """
        // The situation's limit changed; the limit that applies otherwise did not.
        #expect(Self.changes(before, before.replacingOccurrences(of: "any amount", with: "$500")) == [
            FieldChange(field: .approval(role: "Agent", when: "our outage caused it"), before: "any amount", after: "$500"),
        ])
        // A new situation is an added row, not a change of the role's other limit.
        let added = before + "\n  - { role: Agent, up_to: \"$40\", when: \"the appointment was missed\" }"
        #expect(Self.changes(before, added) == [
            FieldChange(field: .approval(role: "Agent", when: "the appointment was missed"), before: nil, after: "$40"),
        ])
    }

    @Test func scopeAndStepsAreRows() {
        #expect(Self.changes("steps: [Check the invoice.]", "scope: general\nsteps: [Check the invoice., Waive it.]") == [
            FieldChange(field: .scope, before: nil, after: "general"),
            FieldChange(field: .steps, before: "Check the invoice.", after: "Check the invoice. / Waive it."),
        ])
    }

    @Test func ownerReviewDateAudienceAndCategoriesAreRows() {
        let before = "review_by: 2026-03-01\ncategories: [billing-errors]"
        let after = "review_by: 2027-03-01\ncategories: [billing-errors, service-failures]\naudience: public"
        let rows = FrontMatterRedline.changes(
            before: Self.policy(before), audience: .internal,
            after: Self.policy(after).with(owner: "Customer Care"), audience: .public)
        #expect(rows == [
            FieldChange(field: .audience, before: "internal", after: "public"),
            FieldChange(field: .owner, before: "Billing Team", after: "Customer Care"),
            FieldChange(field: .reviewBy, before: "2026-03-01", after: "2027-03-01"),
            FieldChange(field: .categories, before: "billing-errors", after: "billing-errors, service-failures"),
        ])
        #expect(rows.allSatisfy { !$0.isAuthority })
    }

    @Test func theSameFrontMatterIsNoChange() {
        #expect(Self.changes(Self.limits, Self.limits).isEmpty)
        #expect(Self.changes("", "", audiences: (.public, .internal)) == [
            FieldChange(field: .audience, before: "public", after: "internal"),
        ])
    }
}

extension FrontMatter {
    func with(owner: String) -> FrontMatter {
        var copy = self
        copy.owner = owner
        return copy
    }
}
