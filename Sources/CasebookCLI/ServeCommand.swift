import ArgumentParser
import DevServer
import Foundation

/// `casebook serve`
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build, serve both sites on one port, and rebuild and reload on every change.")

    @OptionGroup var options: RootOptions

    @Option(name: .long, help: "The port to listen on.")
    var port: UInt16 = 8080

    @Option(name: .long, help: "The address to listen on (127.0.0.1: this machine only).")
    var host: String = "127.0.0.1"

    @Flag(name: .long, help: "Watch for saves by walking the folders every half second instead of with inotify (always so where inotify does not exist, as on macOS).")
    var poll = false

    @OptionGroup var history: HistoryFlags

    func run() throws {
        let log: @Sendable (String) -> Void = { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
        let session = PreviewSession(root: options.rootURL, today: BuildDay.today(), history: history.options, log: log)
        let frontEnd = try HTTPFrontEnd(host: host, port: port, responder: session.responder)
        let (host, port) = (host, port)
        let watchLine = session.watchesForChanges ? "Watching content/, templates/ and casebook.yml; press Ctrl-C to stop."
            : "Serving revision \(history.rev ?? "") as it stood: saves are not watched; press Ctrl-C to stop."
        let failure = FailureBox()
        let finished = DispatchSemaphore(value: 0)
        Task {
            await session.rebuild()
            do {
                try session.watch(polling: poll)
                Task {
                    try? await frontEnd.waitUntilListening()
                    log("Serving the staff guide at http://\(host):\(port)/internal/ and the help center at http://\(host):\(port)/public/")
                    log(watchLine)
                }
                try await frontEnd.run()
            } catch {
                failure.error = error
            }
            finished.signal()
        }
        finished.wait()
        if let error = failure.error {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(CommandOutcome.ExitStatus.failure.rawValue)
        }
    }
}

/// Carries an error out of the serving task.
private final class FailureBox: @unchecked Sendable {
    var error: (any Error)?
}
