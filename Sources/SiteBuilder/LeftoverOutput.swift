import Foundation

/// The folders `SiteWriter` keeps beside the output while it works: the new site being written
/// (`.site.new-PID`) and the previous one on its way out (`.site.old-PID`). A build that is
/// killed leaves them behind; the next build removes those of processes that no longer run,
/// and leaves alone those of a build still running.
enum LeftoverOutput {
    static func stagingName(of output: URL, process: pid_t) -> String { ".\(output.lastPathComponent).new-\(process)" }

    static func retiredName(of output: URL, process: pid_t) -> String { ".\(output.lastPathComponent).old-\(process)" }

    /// Removes the staging and retired folders beside `output` whose process is gone (or is this one).
    static func remove(beside output: URL) {
        let parent = output.deletingLastPathComponent()
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names {
            guard let process = writer(of: name, output: output), process == getpid() || !isRunning(process) else { continue }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    /// The process id in a staging or retired folder's name, if `name` is one for `output`.
    private static func writer(of name: String, output: URL) -> pid_t? {
        for prefix in [stagingName(of: output, process: 0), retiredName(of: output, process: 0)].map({ $0.dropLast() })
        where name.hasPrefix(prefix) {
            let digits = name.dropFirst(prefix.count)
            guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
            return pid_t(digits)
        }
        return nil
    }

    private static func isRunning(_ process: pid_t) -> Bool {
        kill(process, 0) == 0 || errno == EPERM
    }
}
