/// What a command printed and how it ended; commands return this so tests can check it.
public struct CommandOutcome: Sendable {
    /// The exit codes of the content format's contract.
    public enum ExitStatus: Int32, Sendable {
        case success = 0
        case contentErrors = 1
        case failure = 2
        /// The command was asked for something it cannot do (an empty title, say).
        case usage = 64
    }

    public var status: ExitStatus
    public var standardOutput: [String] = []
    public var standardError: [String] = []
}
