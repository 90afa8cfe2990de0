import CasebookCore
import Foundation
import SiteBuilder

/// The work of each command, separate from argument parsing so tests can call it directly.
public enum Commands {
    /// `casebook build`: validates, renders both sites and writes them to `output` at once.
    public static func build(root: URL, output: URL, today: CalendarDay,
                             history: HistoryOptions = HistoryOptions()) -> CommandOutcome {
        let started = Date()
        let status = StatusLine()
        let result = SiteBuild.run(root: root, today: today, history: history, progress: status.show)
        status.show("Writing \(output.path)")
        defer { status.clear() }
        var outcome = report(result.diagnostics)
        guard let tree = result.tree else {
            outcome.standardError.append("build failed; \(output.path) was left as it was")
            return outcome
        }
        do {
            try SiteWriter.write(tree, to: output)
        } catch {
            outcome.status = .failure
            outcome.standardError.append("error: \(error)")
            return outcome
        }
        let seconds = Date().timeIntervalSince(started)
        let staff = result.pageCounts[.internal] ?? 0
        let customers = result.pageCounts[.public] ?? 0
        outcome.standardOutput.append(
            "Built \(staff) pages for staff and \(customers) for the public into \(output.path) "
            + "(\(tree.files.count) files, \(String(format: "%.2f", seconds)) s)")
        return outcome
    }

    /// `casebook check`: everything `build` validates, writing nothing.
    public static func check(root: URL, history: HistoryOptions = HistoryOptions()) -> CommandOutcome {
        let result = SiteBuild.run(root: root, today: BuildDay.today(), history: history)
        var outcome = report(result.diagnostics)
        if !result.diagnostics.hasErrors {
            let pages = result.pageCounts[.internal] ?? 0
            outcome.standardOutput.append("Checked \(pages) pages: no errors")
        }
        return outcome
    }

    /// Diagnostics one a line, then the count, with the exit status they imply.
    static func report(_ diagnostics: Diagnostics) -> CommandOutcome {
        var outcome = CommandOutcome(status: diagnostics.hasErrors ? .contentErrors : .success)
        outcome.standardError = diagnostics.sorted.map(\.description)
        if !diagnostics.all.isEmpty { outcome.standardError.append(diagnostics.summary) }
        return outcome
    }
}
