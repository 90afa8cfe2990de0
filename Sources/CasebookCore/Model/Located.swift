/// A value with the file position it was written at.
public struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    public var line: Int
    public var column: Int

    public init(_ value: Value, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }
}
