/// Templates by name, parsed once and rendered on any number of threads at once.
public struct TemplateLibrary: Sendable {
    private let templates: [String: [TemplateNode]]

    /// Parses each template's source; the errors are returned by template name.
    public init(sources: [String: String]) {
        var templates: [String: [TemplateNode]] = [:]
        var errors: [String: TemplateSyntaxError] = [:]
        for (name, source) in sources {
            do {
                templates[name] = try TemplateParser.parse(source)
            } catch {
                errors[name] = error
            }
        }
        // A template that includes itself, directly or not, would render forever. Every cycle
        // of inclusions holds at least one of the templates marked here, which are left out.
        for (name, cycle) in Self.cycles(in: templates) {
            errors[name] = TemplateSyntaxError(line: 1, column: 1,
                                               message: "the template includes itself: \(cycle.joined(separator: " → "))")
        }
        // Rendering follows inclusions on the stack: a chain deeper than this is an error.
        var depths: [String: Int] = [:]
        for name in templates.keys.sorted() where errors[name] == nil {
            if Self.inclusionDepth(of: name, in: templates, errors: errors, known: &depths) > Self.maximumInclusionDepth {
                errors[name] = TemplateSyntaxError(line: 1, column: 1, message:
                    "the template includes templates that include others more than \(Self.maximumInclusionDepth) deep")
            }
        }
        self.templates = templates.filter { errors[$0.key] == nil }
        self.errors = errors
    }

    /// How deep inclusions may go from one template.
    static let maximumInclusionDepth = 100

    /// How many templates deep the inclusions from `name` go (1 for none); templates in
    /// error (cycles among them) count as leaves.
    private static func inclusionDepth(of name: String, in templates: [String: [TemplateNode]],
                                       errors: [String: TemplateSyntaxError], known: inout [String: Int]) -> Int {
        if let depth = known[name] { return depth }
        // Walk the chain iteratively so that a very deep one cannot overflow the stack here.
        var stack: [(name: String, partials: [String], next: Int, deepest: Int)] = []
        func push(_ name: String) {
            let partials = Set(partials(in: templates[name] ?? [])).filter { templates[$0] != nil && errors[$0] == nil }
            stack.append((name, partials.sorted(), 0, 0))
        }
        push(name)
        while let top = stack.last {
            if top.next < top.partials.count {
                let child = top.partials[top.next]
                stack[stack.count - 1].next += 1
                if let depth = known[child] {
                    stack[stack.count - 1].deepest = max(top.deepest, depth)
                } else {
                    push(child)
                }
                continue
            }
            stack.removeLast()
            let depth = top.deepest + 1
            known[top.name] = depth
            if !stack.isEmpty { stack[stack.count - 1].deepest = max(stack[stack.count - 1].deepest, depth) }
        }
        return known[name] ?? 1
    }

    /// The templates on the cycles of inclusions one depth-first walk finds (every cycle has
    /// at least one), each with its chain from itself back to itself.
    private static func cycles(in templates: [String: [TemplateNode]]) -> [String: [String]] {
        enum Visit { case open, done }
        var visits: [String: Visit] = [:]
        var found: [String: [String]] = [:]
        func included(by name: String) -> [String] {
            Set(partials(in: templates[name] ?? [])).filter { templates[$0] != nil }.sorted()
        }
        for root in templates.keys.sorted() where visits[root] == nil {
            var path: [(name: String, partials: [String], next: Int)] = [(root, included(by: root), 0)]
            visits[root] = .open
            while let top = path.last {
                guard top.next < top.partials.count else {
                    visits[top.name] = .done
                    path.removeLast()
                    continue
                }
                let child = top.partials[top.next]
                path[path.count - 1].next += 1
                switch visits[child] {
                case nil:
                    visits[child] = .open
                    path.append((child, included(by: child), 0))
                case .open?:
                    let cycle = path[path.lastIndex { $0.name == child }!...].map(\.name)
                    for (offset, member) in cycle.enumerated() where found[member] == nil {
                        found[member] = Array(cycle[offset...]) + cycle[..<offset] + [member]
                    }
                case .done?:
                    continue
                }
            }
        }
        return found
    }

    /// The templates that could not be parsed or included themselves, and why.
    public let errors: [String: TemplateSyntaxError]

    /// Whether a template of this name was parsed.
    public func contains(_ name: String) -> Bool { templates[name] != nil }

    /// The partials and parents each template includes that the library does not have.
    public var missingPartials: [(template: String, partial: String)] {
        var missing: [(String, String)] = []
        for (name, nodes) in templates.sorted(by: { $0.key < $1.key }) {
            for partial in Set(Self.partials(in: nodes)).sorted() where templates[partial] == nil && errors[partial] == nil {
                missing.append((name, partial))
            }
        }
        return missing
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

    /// Renders a template as UTF-8; a template not in the library renders as nothing.
    public func render(_ name: String, _ context: TemplateObject, capacity: Int = 16_384) -> [UInt8] {
        guard let nodes = templates[name] else { return [] }
        var rendering = TemplateRendering(templates: templates, context: context, capacity: capacity)
        rendering.render(nodes)
        return rendering.output
    }
}
