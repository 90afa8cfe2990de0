/// Templates by name, parsed once and rendered on any number of threads at once.
public struct TemplateLibrary: Sendable {
    let templates: [String: [TemplateNode]]

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
        let inclusions = TemplateInclusions(templates)
        for (name, cycle) in inclusions.cycles {
            errors[name] = TemplateSyntaxError(line: 1, column: 1,
                                               message: "the template includes itself: \(cycle.joined(separator: " → "))")
        }
        // Rendering follows inclusions on the stack: a chain deeper than this is an error.
        for (name, depth) in inclusions.depths where depth > Self.maximumInclusionDepth && errors[name] == nil {
            errors[name] = TemplateSyntaxError(line: 1, column: 1, message:
                "the template includes templates that include others more than \(Self.maximumInclusionDepth) deep")
        }
        self.templates = templates.filter { errors[$0.key] == nil }
        self.errors = errors
        self.includes = inclusions.includes
    }

    /// How deep inclusions may go from one template.
    static let maximumInclusionDepth = 100

    /// The names each template includes, sorted.
    private let includes: [String: [String]]

    /// The templates that could not be parsed or included themselves, and why.
    public let errors: [String: TemplateSyntaxError]

    /// Whether a template of this name was parsed.
    public func contains(_ name: String) -> Bool { templates[name] != nil }

    /// The partials and parents each template includes that the library does not have.
    public var missingPartials: [(template: String, partial: String)] {
        templates.keys.sorted().flatMap { name in
            (includes[name] ?? []).filter { templates[$0] == nil && errors[$0] == nil }.map { (name, $0) }
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
