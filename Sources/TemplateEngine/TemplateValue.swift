/// A value a template reads: text, a yes/no flag, a number, a list or an object of named values.
///
/// Sections follow Mustache: a flag shows or hides its section, a list repeats it once per item
/// (an empty list hides it), and any other value (even empty text) shows it once with that value
/// on top of the context stack. A missing name counts as absent.
public enum TemplateValue: Sendable {
    case text(String)
    case flag(Bool)
    case number(Int)
    case list([TemplateValue])
    case object(TemplateObject)

    /// Text, or absent when there is none.
    public static func text(_ text: String?) -> TemplateValue? { text.map { .text($0) } }

    /// A list of objects.
    public static func objects(_ items: [TemplateObject]) -> TemplateValue { .list(items.map { .object($0) }) }

    /// A list of texts.
    public static func texts(_ items: [String]) -> TemplateValue { .list(items.map { .text($0) }) }
}

/// Named values: the context of a template, or an object inside it.
public typealias TemplateObject = [String: TemplateValue]

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .flag(value) }
    public init(integerLiteral value: Int) { self = .number(value) }
}

extension TemplateValue: ExpressibleByStringInterpolation {}

extension TemplateValue: ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(TemplateObject(elements, uniquingKeysWith: { _, last in last }))
    }
}
