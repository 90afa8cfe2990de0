import Foundation

/// A one-line progress display on standard error, shown only when that is a terminal, so
/// logs and editors reading diagnostics never see it. With `CASEBOOK_TIMINGS=1` each step is
/// written on a line of its own instead, with the seconds since the build started and the
/// memory in use (for benchmarks).
struct StatusLine {
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let timings = ProcessInfo.processInfo.environment["CASEBOOK_TIMINGS"] == "1"
    private let start = Date()

    func show(_ message: String) {
        if timings {
            FileHandle.standardError.write(Data(String(format: "[%7.2f s %5d MiB] %@\n", Date().timeIntervalSince(start),
                                                       Self.residentMiB(), message).utf8))
            return
        }
        guard isTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(message)…".utf8))
    }

    /// The process's resident memory now, from `/proc/self/statm` (0 where there is none).
    private static func residentMiB() -> Int {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
              let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }

    func clear() {
        guard isTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
