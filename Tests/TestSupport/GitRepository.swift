import Foundation

/// Drives git in a test folder: commits with fixed authors and dates, set through git's
/// environment variables, and no user or system configuration.
public struct GitRepository: Sendable {
    public let folder: TemporaryDirectory

    public init(_ folder: TemporaryDirectory) throws {
        self.folder = folder
        try run(["init", "-q", "-b", "main"])
    }

    /// Runs git with the given arguments; throws with git's message when it fails.
    @discardableResult
    public func run(_ arguments: [String], author: String = "Test Writer", email: String = "writer@example.com",
                    date: String = "2026-01-01T09:00:00+00:00") throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.url.path, "-c", "commit.gpgsign=false"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_AUTHOR_NAME"] = author
        environment["GIT_AUTHOR_EMAIL"] = email
        environment["GIT_AUTHOR_DATE"] = date
        environment["GIT_COMMITTER_NAME"] = author
        environment["GIT_COMMITTER_EMAIL"] = email
        environment["GIT_COMMITTER_DATE"] = date
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw GitFailure(description: "git \(arguments.joined(separator: " ")): \(text)")
        }
        return text
    }

    /// Writes `files` and commits everything with the given author, date and message.
    public func commit(_ files: [String: String], message: String, author: String = "Test Writer",
                       email: String = "writer@example.com", date: String) throws {
        try folder.write(files)
        try run(["add", "-A"], date: date)
        try run(["commit", "-q", "-m", message], author: author, email: email, date: date)
    }

    /// A git command that failed.
    public struct GitFailure: Error, CustomStringConvertible {
        public var description: String
    }
}
