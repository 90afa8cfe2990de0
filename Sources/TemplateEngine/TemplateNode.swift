/// One piece of a parsed template.
indirect enum TemplateNode: Sendable {
    /// Bytes written as they are.
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (as it is).
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(TemplateName, [TemplateNode], inverted: Bool)
    /// `{{>name}}`, or `{{<name}}…{{/name}}` with the blocks it fills. A partial standing alone
    /// on its line is indented as that line is.
    case partial(String, indentation: [UInt8]?, blocks: [String: [TemplateNode]]?)
    /// `{{$name}}default{{/name}}`: what a template that includes this one filled it with, else the default.
    case block(String, [TemplateNode], indentation: [UInt8])
    /// A block filled inside `{{<name}}…{{/name}}`; only there.
    case blockFill(String, [TemplateNode])
}

/// A name a tag reads: `.`, `name`, `a.b.c`, `.name` (the top of the stack only), with
/// transforms around it: `last()`, `uppercased(name)`.
struct TemplateName: Sendable, Equatable {
    enum Start: Sendable, Equatable {
        /// `.`: the value on top of the stack.
        case current
        /// The first name is looked up from the top of the stack down.
        case stack
        /// `.name`: only in the value on top of the stack.
        case top
        /// `first()` and the like with nothing inside: the position in the list being repeated.
        case position
    }

    let start: Start
    let path: [String]
    /// Applied innermost first.
    let transforms: [TemplateTransform]
    /// As written, to match a section's closing tag.
    let written: String
}
