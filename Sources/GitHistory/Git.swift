import CasebookCore
import Foundation

/// Runs the `git` command line in a repository folder.
struct Git {
    /// What a git process printed and how it ended.
    struct Output {
        var status: Int32
        var standardOutput: Data
        var standardError: String

        var text: String { String(decoding: standardOutput, as: UTF8.self) }
        var succeeded: Bool { status == 0 }
    }

    let directory: URL
    var environment: [String: String]? = nil

    /// Runs `git ARGUMENTS` with `input` on standard input; `nil` when git cannot be started.
    func run(_ arguments: [String], input: Data? = nil) -> Output? {
        Self.run(["git", "-C", directory.path] + arguments, input: input, environment: environment)
    }

    /// Runs any program found on the PATH; `nil` when it cannot be started.
    static func run(_ command: [String], input: Data? = nil, environment: [String: String]? = nil) -> Output? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        var environment = environment ?? ProcessInfo.processInfo.environment
        environment["GIT_OPTIONAL_LOCKS"] = "0"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let output = Pipe(), errors = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        do {
            try process.run()
        } catch {
            return nil
        }
        // Write and drain on threads of their own (see BackgroundValue) so a full pipe never
        // blocks git or us.
        let errorData = BackgroundValue { errors.fileHandleForReading.readDataToEndOfFile() }
        let written = BackgroundValue {
            if let input { try? standardInput.fileHandleForWriting.write(contentsOf: input) }
            try? standardInput.fileHandleForWriting.close()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        _ = written.value
        if process.terminationReason == .exit, process.terminationStatus == 127 { return nil }
        return Output(status: process.terminationStatus, standardOutput: data,
                      standardError: String(decoding: errorData.value, as: UTF8.self))
    }
}
