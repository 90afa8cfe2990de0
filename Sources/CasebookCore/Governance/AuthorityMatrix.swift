import Foundation

/// Every policy's `authority` joined into one table: scenario category by role, each cell the
/// limits that role has in that category and the policies they come from.
public struct AuthorityMatrix: Sendable {
    /// One policy's input to the matrix.
    public struct Policy: Sendable {
        public var key: PageKey
        public var categories: [PageKey]
        public var authority: [AuthorityGrant]
        public var scope: PolicyScope

        public init(key: PageKey, categories: [PageKey], authority: [AuthorityGrant], scope: PolicyScope = .specific) {
            self.key = key
            self.categories = categories
            self.authority = authority
            self.scope = scope
        }
    }

    /// One limit a policy gives a role.
    public struct Grant: Sendable, Hashable {
        public var limit: String
        /// The situation the limit applies to, as written; `nil` applies otherwise.
        public var when: String?
        public var policy: PageKey
        public var scope: PolicyScope
        /// Where the policy's front matter names the role.
        public var position: FilePosition

        /// Situations compared without case or repeated spaces.
        var situation: String? {
            when.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased() }
        }
    }

    /// The grants of one role in one category.
    public struct Cell: Sendable {
        public var grants: [Grant]

        /// Two equally specific policies (or one, twice) give the role different limits of one
        /// kind for one situation here ("$25" and "$50"; not "$25" and "90 days", which are
        /// limits on different things, nor a general policy's "$25" and a specific one's "$50",
        /// where the specific one overrides).
        public var isConflict: Bool {
            grants.contains { !conflicting(with: $0).isEmpty }
        }

        /// The grants as specific as `grant`, for its situation, whose limit is of the same kind
        /// but a different amount.
        public func conflicting(with grant: Grant) -> [Grant] {
            guard let limit = AuthorityLimit(grant.limit) else { return [] }
            return grants.filter { other in
                guard other.scope == grant.scope, other.situation == grant.situation,
                      let otherLimit = AuthorityLimit(other.limit) else { return false }
                return otherLimit.unit == limit.unit && otherLimit.amount != limit.amount
            }
        }

        /// The specific grants that set aside a general policy's `grant` here: same situation.
        public func overriding(_ grant: Grant) -> [Grant] {
            guard grant.scope == .general else { return [] }
            return grants.filter { $0.scope == .specific && $0.situation == grant.situation }
        }
    }

    /// One scenario category (`nil`: policies with no category) and its cells by role.
    public struct Row: Sendable {
        public var category: PageKey?
        public var cells: [String: Cell]
    }

    /// The roles, as first written, from the least to the most authority as writers list them.
    public let roles: [String]
    /// Categories in the order given, then policies with no category; rows without grants are left out.
    public let rows: [Row]

    /// - Parameter categoryOrder: the order of the rows.
    public init(policies: [Policy], categoryOrder: [PageKey]) {
        var spelling: [String: String] = [:]
        var grantsByCategory: [PageKey?: [String: [Grant]]] = [:]
        for policy in policies {
            let categories: [PageKey?] = policy.categories.isEmpty ? [nil] : policy.categories
            for grant in policy.authority {
                let role = Self.normalizedRole(grant.role)
                if spelling[role] == nil { spelling[role] = grant.role.trimmingCharacters(in: .whitespacesAndNewlines) }
                let entry = Grant(limit: grant.upTo, when: grant.when, policy: policy.key, scope: policy.scope,
                                  position: grant.position)
                for category in categories where !(grantsByCategory[category]?[role]?.contains(entry) ?? false) {
                    grantsByCategory[category, default: [:]][role, default: []].append(entry)
                }
            }
        }
        let order = Self.roleOrder(policies.map { $0.authority.map { Self.normalizedRole($0.role) } })
        roles = order.map { spelling[$0] ?? $0 }
        let rowKeys: [PageKey?] = categoryOrder.map { Optional($0) } + [nil]
        rows = rowKeys.compactMap { category in
            guard let byRole = grantsByCategory[category] else { return nil }
            var cells: [String: Cell] = [:]
            for (role, grants) in byRole { cells[spelling[role] ?? role] = Cell(grants: grants) }
            return Row(category: category, cells: cells)
        }
    }

    /// Every cell whose grants disagree, row by row, role by role.
    public var conflicts: [(category: PageKey?, role: String, cell: Cell)] {
        rows.flatMap { row in
            roles.compactMap { role in
                guard let cell = row.cells[role], cell.isConflict else { return nil }
                return (row.category, role, cell)
            }
        }
    }

    static func normalizedRole(_ role: String) -> String {
        role.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// Roles ordered so that one listed before another in some policy comes first; ties and
    /// cycles fall back to the order in which roles are first seen.
    static func roleOrder(_ lists: [[String]]) -> [String] {
        var firstSeen: [String] = []
        var before: [String: Set<String>] = [:]
        for list in lists {
            for (index, role) in list.enumerated() {
                if !firstSeen.contains(role) { firstSeen.append(role) }
                for later in list[(index + 1)...] where later != role { before[later, default: []].insert(role) }
            }
        }
        var ordered: [String] = []
        var remaining = firstSeen
        while !remaining.isEmpty {
            let placed = Set(ordered)
            let next = remaining.first { before[$0, default: []].isSubset(of: placed) } ?? remaining[0]
            ordered.append(next)
            remaining.removeAll { $0 == next }
        }
        return ordered
    }
}
