import Foundation

/// Every policy's `authority` joined into one table: scenario category by role, each cell the
/// limits that role has in that category and the policies they come from.
public struct AuthorityMatrix: Sendable {
    /// One policy's input to the matrix.
    public struct Policy: Sendable {
        public var key: PageKey
        public var categories: [PageKey]
        public var authority: [AuthorityGrant]

        public init(key: PageKey, categories: [PageKey], authority: [AuthorityGrant]) {
            self.key = key
            self.categories = categories
            self.authority = authority
        }
    }

    /// One limit a policy gives a role.
    public struct Grant: Sendable, Hashable {
        public var limit: String
        public var policy: PageKey
        /// Where the policy's front matter names the role.
        public var position: FilePosition
    }

    /// The grants of one role in one category.
    public struct Cell: Sendable {
        public var grants: [Grant]

        /// Two policies (or one, twice) give the role different limits of one kind here
        /// ("$25" and "$50"; not "$25" and "90 days", which are limits on different things).
        public var isConflict: Bool {
            grants.contains { !conflicting(with: $0).isEmpty }
        }

        /// The grants whose limit is of the same kind as `grant`'s but a different amount.
        public func conflicting(with grant: Grant) -> [Grant] {
            guard let limit = AuthorityLimit(grant.limit) else { return [] }
            return grants.filter { other in
                guard let otherLimit = AuthorityLimit(other.limit) else { return false }
                return otherLimit.unit == limit.unit && otherLimit.amount != limit.amount
            }
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
                let entry = Grant(limit: grant.upTo, policy: policy.key, position: grant.position)
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
