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
}
