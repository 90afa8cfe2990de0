import HTMLEscaping

/// One rendering of a template: the context stack, the blocks filled by the templates that
/// include this one, the position in the list being repeated, and the bytes written so far.
struct TemplateRendering {
    let templates: [String: [TemplateNode]]
    var output: [UInt8] = []
    private var stack: [TemplateValue]
    private var blocks: [String: [TemplateNode]] = [:]
    private var position: TemplateTransform.Position?

    init(templates: [String: [TemplateNode]], context: TemplateObject, capacity: Int) {
        self.templates = templates
        self.stack = [.object(context)]
        output.reserveCapacity(capacity)
    }

    mutating func render(_ nodes: [TemplateNode]) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                output.append(contentsOf: bytes)
            case .variable(let name, let escaped):
                guard let value = value(of: name) else { continue }
                write(value, escaped: escaped)
            case .section(let name, let body, let inverted):
                let value = value(of: name)
                if inverted {
                    if Self.isEmpty(value) { render(body) }
                } else if let value {
                    renderSection(body, with: value)
                }
            case .partial(let name, let indentation, let fills):
                guard let template = templates[name] else { continue }
                let saved = (blocks, position)
                if let fills { blocks.merge(fills) { outer, _ in outer } }
                position = nil
                let start = output.count
                render(template)
                if let indentation, !indentation.isEmpty { indentLines(from: start, by: indentation) }
                (blocks, position) = saved
            case .block(let name, let body, _):
                let saved = position
                position = nil
                render(blocks[name] ?? body)
                position = saved
            case .blockFill:
                continue
            }
        }
    }

    private mutating func renderSection(_ body: [TemplateNode], with value: TemplateValue) {
        switch value {
        case .flag(let shown):
            if shown { render(body) }
        case .list(let items):
            let saved = position
            for (index, item) in items.enumerated() {
                stack.append(item)
                position = TemplateTransform.Position(index: index, isLast: index == items.count - 1)
                render(body)
                stack.removeLast()
            }
            position = saved
        default:
            let saved = position
            stack.append(value)
            position = nil
            render(body)
            stack.removeLast()
            position = saved
        }
    }

    /// What an inverted section shows for: nothing, false or an empty list.
    private static func isEmpty(_ value: TemplateValue?) -> Bool {
        switch value {
        case nil, .flag(false): true
        case .list(let items): items.isEmpty
        default: false
        }
    }

    private mutating func write(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .text(let text):
            if escaped {
                HTMLEscaping.append(text, to: &output)
            } else {
                output.append(contentsOf: text.utf8)
            }
        case .number(let number):
            output.append(contentsOf: String(number).utf8)
        case .flag(let flag):
            output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .list, .object:
            break
        }
    }

    private func value(of name: TemplateName) -> TemplateValue? {
        var value: TemplateValue?
        var transforms = name.transforms[...]
        switch name.start {
        case .current:
            value = stack.last
        case .position:
            guard let position, let first = transforms.popFirst() else { return nil }
            value = first.apply(to: position)
        case .top:
            value = stack.last.flatMap { Self.descend($0, name.path[...]) }
        case .stack:
            let first = name.path[0]
            for candidate in stack.reversed() {
                guard case .object(let object) = candidate, let found = object[first] else { continue }
                value = Self.descend(found, name.path.dropFirst())
                break
            }
        }
        for transform in transforms {
            guard let current = value else { return nil }
            value = transform.apply(to: current)
        }
        return value
    }

    private static func descend(_ value: TemplateValue, _ path: ArraySlice<String>) -> TemplateValue? {
        var value = value
        for name in path {
            guard case .object(let object) = value, let child = object[name] else { return nil }
            value = child
        }
        return value
    }

    /// Indents every line a standalone partial wrote after its first (which its line's own
    /// indentation already starts), leaving empty lines empty.
    private mutating func indentLines(from start: Int, by indentation: [UInt8]) {
        var indented: [UInt8] = []
        indented.reserveCapacity(output.count - start)
        for index in start..<output.count {
            indented.append(output[index])
            if output[index] == UInt8(ascii: "\n"), index + 1 < output.count, output[index + 1] != UInt8(ascii: "\n") {
                indented.append(contentsOf: indentation)
            }
        }
        output.replaceSubrange(start..., with: indented)
    }
}
