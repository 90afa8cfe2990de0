/// A built site in memory: file paths (relative to the output folder) and their bytes.
public struct OutputTree: Sendable, Equatable {
    public private(set) var files: [String: [UInt8]] = [:]

    public init() {}

    public mutating func add(_ path: String, _ text: String) {
        files[path] = Array(text.utf8)
    }

    public mutating func add(_ path: String, bytes: [UInt8]) {
        files[path] = bytes
    }

    public mutating func remove(_ path: String) {
        files[path] = nil
    }

    public var paths: [String] { files.keys.sorted() }
}
