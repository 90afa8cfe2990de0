/// Reads Mustache source into `TemplateNode`s: variables, sections, inverted sections, comments,
/// partials, template inheritance (`{{<parent}}` with `{{$block}}`), set delimiters and transforms.
///
/// A section, comment, partial, block or delimiter tag standing alone on its line takes the line
/// with it, as the Mustache specification says, so templates can be laid out one tag a line.
struct TemplateParser {
    private let bytes: [UInt8]
    private var position = 0

    /// What a nested parse is inside of.
    private struct State {
        var open: [UInt8] = Array("{{".utf8)
        var close: [UInt8] = Array("}}".utf8)
        /// Whether the next byte starts a line (or follows a tag that stood alone on its line).
        var atLineStart = true
        /// The section whose closing tag ends this parse.
        var closing: String?
        /// Directly inside `{{<parent}}…{{/parent}}`, where only blocks may be filled.
        var fillsBlocks = false
        /// How many sections, blocks and parents this parse is inside.
        var depth = 0
    }

    /// Deeper nesting is an error, not a stack overflow.
    static let maximumDepth = 200

    private enum TextEnd {
        case lineBreak(length: Int)
        case tag
        case end
    }

    static func parse(_ source: String) throws(TemplateSyntaxError) -> [TemplateNode] {
        var parser = TemplateParser(bytes: Array(source.utf8))
        return try parser.parse(State())
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func parse(_ initial: State) throws(TemplateSyntaxError) -> [TemplateNode] {
        var state = initial
        guard state.depth <= Self.maximumDepth else { throw error("sections are nested deeper than \(Self.maximumDepth)") }
        var nodes: [TemplateNode] = []
        var indentation: [UInt8] = []
        while position < bytes.count {
            if state.atLineStart { indentation = readBlanks() }
            let (text, end) = readText(opening: state.open)
            switch end {
            case .lineBreak(let length):
                nodes.append(.text(indentation + text + bytes[position..<position + length]))
                position += length
                state.atLineStart = true
                continue
            case .end:
                if !text.isEmpty { nodes.append(.text(indentation + text)) }
                return try finish(nodes, state)
            case .tag:
                if !text.isEmpty {
                    nodes.append(.text(indentation + text))
                    indentation = []
                    state.atLineStart = false
                }
            }
            guard position < bytes.count else { throw error("a tag is not closed") }
            let sigil = bytes[position]
            var standsAlone = false
            switch sigil {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                position += 1
                let name = try readName(state)
                standsAlone = state.atLineStart && lineEnds()
                if !standsAlone { flush(&indentation, into: &nodes) }
                let body = try parse(inside: state, closedBy: name.written, atLineStart: standsAlone, fillsBlocks: false)
                nodes.append(.section(name, body, inverted: sigil == UInt8(ascii: "^")))
            case UInt8(ascii: "/"):
                let tagStart = position
                position += 1
                let name = try readName(state)
                guard name.written == state.closing else {
                    position = tagStart - state.open.count
                    throw error(state.closing.map { "expected {{/\($0)}} but found {{/\(name.written)}}" }
                                ?? "{{/\(name.written)}} closes no section")
                }
                if !(state.atLineStart && lineEnds()) { flush(&indentation, into: &nodes) }
                return nodes
            case UInt8(ascii: "!"):
                position += 1
                try skipComment(state)
                standsAlone = state.atLineStart && lineEnds()
            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                flush(&indentation, into: &nodes)
                position += 1
                let name = try readName(state, extraClose: sigil == UInt8(ascii: "{") ? UInt8(ascii: "}") : nil)
                nodes.append(.variable(name, escaped: false))
            case UInt8(ascii: ">"):
                position += 1
                let name = try readPartialName(state)
                if !indentation.isEmpty { nodes.append(.text(indentation)) }
                standsAlone = state.atLineStart && lineEnds()
                nodes.append(.partial(name, indentation: standsAlone ? indentation : nil, blocks: nil))
                indentation = []
            case UInt8(ascii: "<"):
                position += 1
                let name = try readPartialName(state)
                if !indentation.isEmpty { nodes.append(.text(indentation)) }
                standsAlone = state.atLineStart && lineEnds()
                let body = try parse(inside: state, closedBy: name, atLineStart: true, fillsBlocks: true)
                var blocks: [String: [TemplateNode]] = [:]
                for node in body {
                    if case .blockFill(let block, let fill) = node { blocks[block] = fill }
                }
                nodes.append(.partial(name, indentation: indentation, blocks: blocks))
                indentation = []
            case UInt8(ascii: "$"):
                position += 1
                let name = try readName(state)
                guard name.transforms.isEmpty, name.start == .stack, name.path.count == 1 else {
                    throw error("a block is named by one plain name, not \(name.written)")
                }
                if !state.fillsBlocks, !indentation.isEmpty { nodes.append(.text(indentation)) }
                standsAlone = state.atLineStart && lineEnds()
                let body = try parse(inside: state, closedBy: name.written, atLineStart: standsAlone, fillsBlocks: false)
                nodes.append(state.fillsBlocks ? .blockFill(name.written, body)
                                               : .block(name.written, body, indentation: indentation))
                indentation = []
            case UInt8(ascii: "="):
                position += 1
                try setDelimiters(&state)
                standsAlone = state.atLineStart && lineEnds()
            default:
                flush(&indentation, into: &nodes)
                nodes.append(.variable(try readName(state), escaped: true))
            }
            if state.fillsBlocks, let last = nodes.last, !last.mayStandInsideParent {
                throw error("only {{$block}} fills may stand inside {{<\(state.closing ?? "")}}")
            }
            state.atLineStart = standsAlone
        }
        return try finish(nodes, state)
    }

    /// The body of a section, block or parent, one level deeper than `state`.
    private mutating func parse(inside state: State, closedBy closing: String, atLineStart: Bool,
                                fillsBlocks: Bool) throws(TemplateSyntaxError) -> [TemplateNode] {
        var inner = state
        inner.depth += 1
        inner.closing = closing
        inner.atLineStart = atLineStart
        inner.fillsBlocks = fillsBlocks
        return try parse(inner)
    }

    private func finish(_ nodes: [TemplateNode], _ state: State) throws(TemplateSyntaxError) -> [TemplateNode] {
        if let closing = state.closing { throw error("{{\(closing)}} is not closed: expected {{/\(closing)}}") }
        return nodes
    }

    private func flush(_ indentation: inout [UInt8], into nodes: inout [TemplateNode]) {
        guard !indentation.isEmpty else { return }
        nodes.append(.text(indentation))
        indentation = []
    }

    // MARK: Reading bytes

    private mutating func readBlanks() -> [UInt8] {
        let start = position
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") {
            position += 1
        }
        return Array(bytes[start..<position])
    }

    /// Text up to a line break (left unread) or an opening delimiter (read).
    private mutating func readText(opening: [UInt8]) -> ([UInt8], TextEnd) {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\n") { return (Array(bytes[start..<position]), .lineBreak(length: 1)) }
            if byte == UInt8(ascii: "\r"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "\n") {
                return (Array(bytes[start..<position]), .lineBreak(length: 2))
            }
            if byte == opening[0], matches(opening, at: position) {
                let text = Array(bytes[start..<position])
                position += opening.count
                return (text, .tag)
            }
            position += 1
        }
        return (Array(bytes[start..<position]), .end)
    }

    private func matches(_ delimiter: [UInt8], at index: Int) -> Bool {
        index + delimiter.count <= bytes.count && bytes[index..<index + delimiter.count].elementsEqual(delimiter)
    }

    /// Whether only blanks follow on this line; if so, reads them and the line break.
    private mutating func lineEnds() -> Bool {
        if position == bytes.count { return true }
        var index = position
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
        guard index < bytes.count else { return false }
        if bytes[index] == UInt8(ascii: "\n") {
            position = index + 1
            return true
        }
        if bytes[index] == UInt8(ascii: "\r") {
            position = index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") ? index + 2 : index + 1
            return true
        }
        return false
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, [9, 10, 12, 13, 32].contains(bytes[position]) { position += 1 }
    }

    private mutating func read(while allowed: (UInt8) -> Bool) -> String {
        let start = position
        while position < bytes.count, allowed(bytes[position]) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func expect(_ delimiter: [UInt8], _ what: @autoclosure () -> String) throws(TemplateSyntaxError) {
        guard matches(delimiter, at: position) else { throw error(what()) }
        position += delimiter.count
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "("), UInt8(ascii: ")"):
            true
        default:
            false
        }
    }

    // MARK: Tags

    private mutating func readName(_ state: State, extraClose: UInt8? = nil) throws(TemplateSyntaxError) -> TemplateName {
        skipWhitespace()
        let nameStart = position
        let written = read(while: Self.isNameByte)
        skipWhitespace()
        if let extraClose {
            guard position < bytes.count, bytes[position] == extraClose else { throw error("expected } to close {{{") }
            position += 1
        }
        try expect(state.close, written.isEmpty ? "expected a name" : "expected \(String(decoding: state.close, as: UTF8.self)) after \(written)")
        do {
            return try Self.name(written)
        } catch let problem {
            position = nameStart
            throw error(problem.message)
        }
    }

    private mutating func readPartialName(_ state: State) throws(TemplateSyntaxError) -> String {
        skipWhitespace()
        let name = read { Self.isNameByte($0) || $0 == UInt8(ascii: "/") }
        skipWhitespace()
        guard !name.isEmpty else { throw error("expected the name of a template") }
        try expect(state.close, "expected \(String(decoding: state.close, as: UTF8.self)) after \(name)")
        return name
    }

    private mutating func skipComment(_ state: State) throws(TemplateSyntaxError) {
        while position < bytes.count, !matches(state.close, at: position) { position += 1 }
        try expect(state.close, "a comment is not closed")
    }

    /// `{{=<% %>=}}`: two new delimiters, apart, closed by `=` and the old closing delimiter.
    private mutating func setDelimiters(_ state: inout State) throws(TemplateSyntaxError) {
        skipWhitespace()
        let open = Array(read { ![9, 10, 13, 32, UInt8(ascii: "=")].contains($0) }.utf8)
        skipWhitespace()
        let close = Array(read { ![9, 10, 13, 32, UInt8(ascii: "=")].contains($0) }.utf8)
        skipWhitespace()
        guard !open.isEmpty, !close.isEmpty, position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
            throw error("expected two delimiters and = as in {{=<% %>=}}")
        }
        position += 1
        try expect(state.close, "expected \(String(decoding: state.close, as: UTF8.self)) to end the delimiter tag")
        state.open = open
        state.close = close
    }

    private struct NameProblem: Error {
        let message: String
    }

    /// `name`, `a.b`, `.`, `.name`, `last()`, `uppercased(a.b)`.
    private static func name(_ written: String) throws(NameProblem) -> TemplateName {
        var parts = written.split(separator: "(", omittingEmptySubsequences: false).map(String.init)
        var inner = parts.removeLast()
        let closers = inner.reversed().prefix { $0 == ")" }.count
        inner.removeLast(closers)
        guard closers == parts.count, !inner.contains(")") else { throw NameProblem(message: "unbalanced brackets in \(written)") }
        var transforms: [TemplateTransform] = []
        for part in parts.reversed() {
            guard let transform = TemplateTransform(rawValue: part.lowercased()) else {
                let known = TemplateTransform.allCases.map { "\($0.rawValue)()" }.joined(separator: ", ")
                throw NameProblem(message: "unknown transform \(part)(): the transforms are \(known)")
            }
            transforms.append(transform)
        }
        let path = inner.split(separator: ".").map(String.init)
        let start: TemplateName.Start
        if inner == "." {
            start = .current
        } else if inner.isEmpty {
            guard !transforms.isEmpty else { throw NameProblem(message: "expected a name") }
            start = .position
        } else if inner.hasPrefix(".") {
            start = .top
        } else {
            start = .stack
        }
        return TemplateName(start: start, path: path, transforms: transforms, written: written)
    }

    private func error(_ message: String) -> TemplateSyntaxError {
        var line = 1
        var lineStart = 0
        for index in 0..<min(position, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: bytes[lineStart..<min(position, bytes.count)], as: UTF8.self).count + 1
        return TemplateSyntaxError(line: line, column: column, message: message)
    }
}

private extension TemplateNode {
    /// Inside `{{<parent}}`, text (the layout of the fills) is ignored and only fills count.
    var mayStandInsideParent: Bool {
        switch self {
        case .text, .blockFill: true
        default: false
        }
    }
}
