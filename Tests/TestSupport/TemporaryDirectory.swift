import Foundation

/// A fresh folder under the system's temporary directory, filled from `[path: contents]`.
public struct TemporaryDirectory: Sendable {
    public let url: URL

    public init(_ files: [String: String] = [:]) throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("casebook-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try write(files)
    }

    public func write(_ files: [String: String]) throws {
        for (path, contents) in files { try write(Data(contents.utf8), to: path) }
    }

    /// Writes raw bytes (invalid UTF-8, say) to a path relative to the folder.
    public func write(_ data: Data, to path: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }

    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
