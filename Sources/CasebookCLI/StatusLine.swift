import Foundation

/// A one-line progress display on standard error, shown only when that is a terminal, so
/// logs and editors reading diagnostics never see it.
struct StatusLine {
    private let isTerminal = isatty(STDERR_FILENO) == 1

    func show(_ message: String) {
        guard isTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(message)…".utf8))
    }

    func clear() {
        guard isTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
