extension TemplateLibrary {
    /// The dotted names under `root` each template reads (`t.nav.home` for `root` `t`, without
    /// the root), found in its tags and those of the blocks it fills; only names looked up from
    /// the stack count, not `.name` or `{{.}}`.
    public func names(under root: String) -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        for (template, nodes) in templates {
            var names = Set<String>()
            Self.collect(nodes, root: root, into: &names)
            if !names.isEmpty { result[template] = names }
        }
        return result
    }

    private static func collect(_ nodes: [TemplateNode], root: String, into names: inout Set<String>) {
        func add(_ name: TemplateName) {
            guard name.start == .stack, name.path.count > 1, name.path[0] == root else { return }
            names.insert(name.path.dropFirst().joined(separator: "."))
        }
        for node in nodes {
            switch node {
            case .text: break
            case .variable(let name, _): add(name)
            case .section(let name, let children, _):
                add(name)
                collect(children, root: root, into: &names)
            case .partial(_, _, let blocks):
                for children in (blocks ?? [:]).values { collect(children, root: root, into: &names) }
            case .block(_, let children, _), .blockFill(_, let children):
                collect(children, root: root, into: &names)
            }
        }
    }
}
