/// The steps that turn one sequence into another, keeping a longest common subsequence:
/// what redlines of words and of blocks are made from.
enum SequenceDiff {
    /// One element both sequences share, one the newer added, or one it removed.
    enum Step<Element> {
        case same(Element)
        case inserted(Element)
        case deleted(Element)
    }

    /// Beyond this many comparisons the changed middle is given as all deleted, then all inserted.
    static let maximumCells = 4_000_000

    /// The steps from `before` to `after`, in order. The shared start and end are set aside
    /// first, so a small change in a long text costs little.
    static func steps<Element: Equatable>(_ before: [Element], _ after: [Element]) -> [Step<Element>] {
        var prefix = 0
        while prefix < before.count, prefix < after.count, before[prefix] == after[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < before.count - prefix, suffix < after.count - prefix,
              before[before.count - 1 - suffix] == after[after.count - 1 - suffix] { suffix += 1 }

        var steps: [Step<Element>] = after[..<prefix].map { .same($0) }
        steps += middle(Array(before[prefix..<(before.count - suffix)]), Array(after[prefix..<(after.count - suffix)]))
        steps += after[(after.count - suffix)...].map { .same($0) }
        return steps
    }

    /// The longest common subsequence of the changed middle, as steps in order.
    private static func middle<Element: Equatable>(_ before: [Element], _ after: [Element]) -> [Step<Element>] {
        if before.isEmpty { return after.map { .inserted($0) } }
        if after.isEmpty { return before.map { .deleted($0) } }
        guard before.count * after.count <= maximumCells else {
            return before.map { .deleted($0) } + after.map { .inserted($0) }
        }
        let columns = after.count + 1
        var lengths = [Int32](repeating: 0, count: (before.count + 1) * columns)
        for i in stride(from: before.count - 1, through: 0, by: -1) {
            for j in stride(from: after.count - 1, through: 0, by: -1) {
                lengths[i * columns + j] = before[i] == after[j]
                    ? lengths[(i + 1) * columns + j + 1] + 1
                    : max(lengths[(i + 1) * columns + j], lengths[i * columns + j + 1])
            }
        }
        var steps: [Step<Element>] = []
        var i = 0, j = 0
        while i < before.count, j < after.count {
            if before[i] == after[j] {
                steps.append(.same(after[j]))
                i += 1
                j += 1
            } else if lengths[(i + 1) * columns + j] >= lengths[i * columns + j + 1] {
                steps.append(.deleted(before[i]))
                i += 1
            } else {
                steps.append(.inserted(after[j]))
                j += 1
            }
        }
        steps += before[i...].map { .deleted($0) }
        steps += after[j...].map { .inserted($0) }
        return steps
    }
}
