/// A 1-based line and column in a source file, for diagnostics.
public struct FilePosition: Sendable, Hashable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The start of a file: where a diagnostic about the whole file points.
    public static let start = FilePosition(line: 1, column: 1)
}
