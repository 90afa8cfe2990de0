import Foundation

/// A one-line progress display on standard error, shown only when that is a terminal, so
/// logs and editors reading diagnostics never see it. With `CASEBOOK_TIMINGS=1` each step is
/// written on a line of its own instead, with the seconds since the build started (for benchmarks).
struct StatusLine {
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let timings = ProcessInfo.processInfo.environment["CASEBOOK_TIMINGS"] == "1"
    private let start = Date()

    func show(_ message: String) {
        if timings {
            FileHandle.standardError.write(Data(String(format: "[%7.2f s] %@\n", Date().timeIntervalSince(start), message).utf8))
            return
        }
        guard isTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(message)…".utf8))
    }

    func clear() {
        guard isTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
