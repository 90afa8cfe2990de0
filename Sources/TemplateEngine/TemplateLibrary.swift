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
        // A template that includes itself, directly or not, would render forever.
        for name in templates.keys.sorted() {
            if let cycle = Self.cycle(from: name, in: templates) {
                errors[name] = TemplateSyntaxError(line: 1, column: 1,
                                                   message: "the template includes itself: \(cycle.joined(separator: " → "))")
            }
        }
        self.templates = templates.filter { errors[$0.key] == nil }
        self.errors = errors
    }

    /// The shortest chain of inclusions leading from `start` back to it, if there is one.
    private static func cycle(from start: String, in templates: [String: [TemplateNode]]) -> [String]? {
        var paths: [[String]] = [[start]]
        var seen: Set<String> = []
        while !paths.isEmpty {
            var next: [[String]] = []
            for path in paths {
                for partial in Set(partials(in: templates[path.last!] ?? [])).sorted() {
                    if partial == start { return path + [start] }
                    if seen.insert(partial).inserted { next.append(path + [partial]) }
                }
            }
            paths = next
        }
        return nil
    }

    /// The templates that could not be parsed, and why.
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
