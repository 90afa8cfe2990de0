@testable import CasebookCore
import Testing

@Suite("Authority matrix") struct AuthorityMatrixTests {
    static let billing = PageKey(type: .categories, id: "billing-errors")
    static let returns = PageKey(type: .categories, id: "returns")

    static func policy(_ id: String, _ categories: [PageKey], _ grants: [(String, String)]) -> AuthorityMatrix.Policy {
        AuthorityMatrix.Policy(key: PageKey(type: .policies, id: id), categories: categories,
                               authority: grants.map { AuthorityGrant(role: $0.0, upTo: $0.1) })
    }

    @Test func rolesRunFromLeastToMostAuthorityAsWritersListThem() {
        let order = AuthorityMatrix.roleOrder([["agent", "supervisor"], ["agent", "team lead", "manager"], ["supervisor", "manager"]])
        #expect(order == ["agent", "supervisor", "team lead", "manager"])
        // A cycle falls back to first-seen order instead of looping.
        #expect(AuthorityMatrix.roleOrder([["a", "b"], ["b", "a"]]) == ["a", "b"])
    }

    @Test func rowsFollowTheCategoryOrderAndUncategorizedComesLast() {
        let matrix = AuthorityMatrix(policies: [
            Self.policy("loose", [], [("Agent", "$10")]),
            Self.policy("waiver", [Self.returns, Self.billing], [("Agent", "$25"), ("Supervisor", "$100")]),
        ], categoryOrder: [Self.billing, PageKey(type: .categories, id: "empty"), Self.returns])
        #expect(matrix.rows.map(\.category) == [Self.billing, Self.returns, nil])
        #expect(matrix.roles == ["Agent", "Supervisor"])
        #expect(matrix.rows[0].cells["Supervisor"]?.grants.map(\.limit) == ["$100"])
        #expect(matrix.conflicts.isEmpty)
    }

    @Test func onlyLimitsOfOneKindConflict() {
        let matrix = AuthorityMatrix(policies: [
            Self.policy("late-fee", [Self.billing], [("Agent", "$25, once a year")]),
            Self.policy("credits", [Self.billing], [("agent ", "$ 25"), ("Supervisor", "$100")]),
            Self.policy("goodwill", [Self.billing], [("Supervisor", "$150")]),
            Self.policy("returns", [Self.billing], [("Supervisor", "90 days after delivery"), ("Agent", "no limit")]),
        ], categoryOrder: [Self.billing])
        let conflicts = matrix.conflicts
        #expect(conflicts.map(\.role) == ["Supervisor"])
        let cell = try! #require(conflicts.first?.cell)
        #expect(cell.conflicting(with: cell.grants[0]).map(\.limit) == ["$150"])
        #expect(cell.conflicting(with: cell.grants[2]).isEmpty)
    }

    @Test(arguments: [
        ("$25", "$", "25"), ("$ 1,250.50 per order", "$", "1250.5"), ("€40", "€", "40"),
        ("90 days after delivery", "day", "90"), ("1 day", "day", "1"), ("6 months, standard bounds", "month", "6"),
        ("10%", "%", "10"),
    ])
    func limitsAreMeasured(_ text: String, _ unit: String, _ amount: String) throws {
        let limit = try #require(AuthorityLimit(text))
        #expect(limit.unit == unit)
        #expect("\(limit.amount)" == amount)
    }

    @Test(arguments: ["no limit", "with a manager's sign-off", "", "$", "25"])
    func freeTextHasNoMeasure(_ text: String) {
        #expect(AuthorityLimit(text) == nil)
    }

    static func grant(_ role: String, _ upTo: String, when: String? = nil) -> AuthorityGrant {
        AuthorityGrant(role: role, upTo: upTo, when: when)
    }

    @Test func aSpecificPolicyOverridesAGeneralOneForItsScenariosWithoutAConflict() throws {
        let matrix = AuthorityMatrix(policies: [
            AuthorityMatrix.Policy(key: PageKey(type: .policies, id: "authority-limits"), categories: [Self.billing, Self.returns],
                                   authority: [Self.grant("Agent", "$25")], scope: .general),
            AuthorityMatrix.Policy(key: PageKey(type: .policies, id: "late-fee"), categories: [Self.billing],
                                   authority: [Self.grant("Agent", "$40")]),
        ], categoryOrder: [Self.billing, Self.returns])
        #expect(matrix.conflicts.isEmpty)
        let billing = try #require(matrix.rows[0].cells["Agent"])
        let general = try #require(billing.grants.first { $0.scope == .general })
        #expect(billing.overriding(general).map(\.policy.id) == ["late-fee"])
        // Where no specific policy speaks, the general limit stands.
        let returns = try #require(matrix.rows[1].cells["Agent"])
        #expect(returns.grants.allSatisfy { returns.overriding($0).isEmpty })
    }

    @Test func equallySpecificLimitsConflictAndGeneralOnesConflictWithEachOther() {
        let specific = AuthorityMatrix(policies: [
            Self.policy("late-fee", [Self.billing], [("Agent", "$25")]),
            Self.policy("credits", [Self.billing], [("Agent", "$50")]),
        ], categoryOrder: [Self.billing])
        #expect(specific.conflicts.map(\.role) == ["Agent"])
        let general = AuthorityMatrix(policies: [
            AuthorityMatrix.Policy(key: PageKey(type: .policies, id: "limits"), categories: [Self.billing],
                                   authority: [Self.grant("Agent", "$25")], scope: .general),
            AuthorityMatrix.Policy(key: PageKey(type: .policies, id: "workflow"), categories: [Self.billing],
                                   authority: [Self.grant("Agent", "$30")], scope: .general),
        ], categoryOrder: [Self.billing])
        #expect(general.conflicts.map(\.role) == ["Agent"])
    }

    @Test func limitsForDifferentSituationsNeitherConflictNorOverride() throws {
        let matrix = AuthorityMatrix(policies: [
            AuthorityMatrix.Policy(key: PageKey(type: .policies, id: "limits"), categories: [Self.billing],
                                   authority: [Self.grant("Agent", "$25")], scope: .general),
            AuthorityMatrix.Policy(key: PageKey(type: .policies, id: "late-fee"), categories: [Self.billing], authority: [
                Self.grant("Agent", "any amount (a correction)", when: "our outage caused it"),
                Self.grant("Agent", "$500", when: "Our  outage CAUSED it"),
                Self.grant("Agent", "$25, once a year"),
            ]),
        ], categoryOrder: [Self.billing])
        let cell = try #require(matrix.rows[0].cells["Agent"])
        let general = try #require(cell.grants.first { $0.scope == .general })
        // The specific "otherwise" row overrides the general one; the outage rows do not.
        #expect(cell.overriding(general).map(\.limit) == ["$25, once a year"])
        // One situation written twice with different case and spacing, with different amounts: a conflict.
        let outage = try #require(cell.grants.first { $0.limit == "$500" })
        #expect(cell.conflicting(with: outage).isEmpty)  // "any amount" has no measure
        #expect(matrix.conflicts.isEmpty)
        let twice = AuthorityMatrix(policies: [
            AuthorityMatrix.Policy(key: PageKey(type: .policies, id: "late-fee"), categories: [Self.billing], authority: [
                Self.grant("Agent", "$100", when: "our outage caused it"),
                Self.grant("Agent", "$500", when: "Our  outage CAUSED it"),
                Self.grant("Agent", "$25"),
            ]),
        ], categoryOrder: [Self.billing])
        let twiceCell = try #require(twice.rows[0].cells["Agent"])
        #expect(twiceCell.conflicting(with: twiceCell.grants[0]).map(\.limit) == ["$500"])
        #expect(twiceCell.conflicting(with: twiceCell.grants[2]).isEmpty)
    }

    @Test(arguments: ["any amount", "Any amount, with no approval (a correction)", "no limit", "Unlimited", " without limit"])
    func unlimitedValuesAreRecognised(_ text: String) {
        #expect(AuthorityLimit.isUnlimited(text))
    }

    @Test(arguments: ["$25", "limited to $25", "none", "with a manager's sign-off"])
    func limitedValuesAreNotUnlimited(_ text: String) {
        #expect(!AuthorityLimit.isUnlimited(text))
    }
}
