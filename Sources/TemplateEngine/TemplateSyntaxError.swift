/// Why a template cannot be read, and where: line and column count from 1.
public struct TemplateSyntaxError: Error, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let message: String

    public var description: String { message }
}
