/// Which templates each template includes (`{{>name}}` and `{{<name}}`), read once, and what
/// one depth-first walk over them finds: the cycles, and how deep each chain goes.
struct TemplateInclusions {
    /// The names each template includes, sorted, whether the library has them or not.
    let includes: [String: [String]]
    /// The templates on the cycles the walk finds (every cycle has at least one), each with
    /// its chain from itself back to itself.
    private(set) var cycles: [String: [String]] = [:]
    /// How many templates deep the inclusions from each template go (1 for none), not
    /// counting the step that closes a cycle.
    private(set) var depths: [String: Int] = [:]

    init(_ templates: [String: [TemplateNode]]) {
        includes = templates.mapValues { Set(Self.partials(in: $0)).sorted() }
        for root in templates.keys.sorted() where depths[root] == nil { walk(from: root) }
    }

    /// Iterative, so that a very long chain cannot overflow the stack.
    private mutating func walk(from root: String) {
        var path: [(name: String, next: Int, deepest: Int)] = [(root, 0, 0)]
        var open: Set<String> = [root]
        while let top = path.last {
            let children = includes[top.name] ?? []
            guard top.next < children.count else {
                path.removeLast()
                open.remove(top.name)
                depths[top.name] = top.deepest + 1
                if !path.isEmpty { path[path.count - 1].deepest = max(path[path.count - 1].deepest, top.deepest + 1) }
                continue
            }
            let child = children[top.next]
            path[path.count - 1].next += 1
            if let depth = depths[child] {
                path[path.count - 1].deepest = max(top.deepest, depth)
            } else if open.contains(child) {
                let cycle = path[path.lastIndex { $0.name == child }!...].map(\.name)
                for (offset, member) in cycle.enumerated() where cycles[member] == nil {
                    cycles[member] = Array(cycle[offset...]) + cycle[..<offset] + [member]
                }
            } else if includes[child] != nil {
                path.append((child, 0, 0))
                open.insert(child)
            }
        }
    }

    private static func partials(in nodes: [TemplateNode]) -> [String] {
        nodes.flatMap { node -> [String] in
            switch node {
            case .text, .variable: []
            case .section(_, let body, _), .block(_, let body, _), .blockFill(_, let body): partials(in: body)
            case .partial(let name, _, let blocks): [name] + (blocks ?? [:]).values.flatMap { partials(in: $0) }
            }
        }
    }
}
