import BuildPipeline
import CasebookCore
import Foundation

/// The work of each command, separate from argument parsing so tests can call it directly.
public enum Commands {
    /// `casebook build`: validates, renders both sites into a staging folder as it goes, and
    /// puts them in place of `output` at once.
    public static func build(root: URL, output: URL, today: CalendarDay,
                             history: HistoryOptions = HistoryOptions()) -> CommandOutcome {
        let started = Date()
        let status = StatusLine()
        let result = SiteBuild.run(root: root, today: today, history: history, destination: .folder(output),
                                   progress: status.show)
        defer { status.clear() }
        var outcome = report(result.diagnostics)
        if let failure = result.writeFailure {
            outcome.status = .failure
            outcome.standardError.append("error: \(failure)")
            return outcome
        }
        guard !result.diagnostics.hasErrors else {
            outcome.standardError.append("build failed; \(output.path) was left as it was")
            return outcome
        }
        let seconds = Date().timeIntervalSince(started)
        let staff = result.pageCounts[.internal] ?? 0
        let customers = result.pageCounts[.public] ?? 0
        let languages = result.otherLanguageCount == 0 ? ""
            : " in \(result.otherLanguageCount + 1) languages (\(translated(result)))"
        outcome.standardOutput.append(
            "Built \(staff) pages for staff and \(customers) for the public\(languages) into \(output.path) "
            + "(\(result.fileCount) files, \(String(format: "%.2f", seconds)) s)")
        return outcome
    }

    /// `casebook check`: everything `build` validates plus the writers' checks (`ContentLinter`),
    /// writing nothing. `strict` makes warnings errors; `format` chooses lines or JSON.
    public static func check(root: URL, today: CalendarDay, history: HistoryOptions = HistoryOptions(),
                             strict: Bool = false, format: CheckFormat = .text) -> CommandOutcome {
        let result = SiteBuild.run(root: root, today: today, history: history, lint: true, destination: .nowhere)
        let diagnostics = strict ? result.diagnostics.warningsAsErrors : result.diagnostics
        let pages = result.pageCounts[.internal]
        switch format {
        case .json:
            var outcome = CommandOutcome(status: diagnostics.hasErrors ? .contentErrors : .success)
            outcome.standardOutput = [CheckReport(diagnostics: diagnostics, pages: pages).json]
            return outcome
        case .text:
            var outcome = CommandOutcome(status: diagnostics.hasErrors ? .contentErrors : .success)
            outcome.standardError = groupedByFile(diagnostics)
            if let pages, !diagnostics.hasErrors {
                let translations = result.translationCount == 0 ? "" : " and \(translated(result))"
                outcome.standardOutput.append("Checked \(pages) pages\(translations): \(diagnostics.summary)")
            }
            return outcome
        }
    }

    /// "1 translation", "15 translations".
    private static func translated(_ result: BuildResult) -> String {
        result.translationCount == 1 ? "1 translation" : "\(result.translationCount) translations"
    }

    /// Diagnostics file by file, a blank line between files, then the count and how many files.
    static func groupedByFile(_ diagnostics: Diagnostics) -> [String] {
        let sorted = diagnostics.sorted
        guard !sorted.isEmpty else { return [] }
        var lines: [String] = []
        for (index, diagnostic) in sorted.enumerated() {
            if index > 0, sorted[index - 1].path != diagnostic.path { lines.append("") }
            lines.append(diagnostic.description)
        }
        let files = Set(sorted.map(\.path)).count
        lines.append("")
        lines.append("\(diagnostics.summary) in \(files) file\(files == 1 ? "" : "s")")
        return lines
    }

    /// `casebook new TYPE "Title"`: writes `content/TYPE/<id>.md`, never over a file. The id is
    /// `id` when given, else one made from the title; an empty title, or one no id can be made
    /// from, is refused as a usage error.
    public static func new(root: URL, type: PageType, title: String, id: String? = nil, categories: [String] = [],
                           today: CalendarDay) -> CommandOutcome {
        let pageID: String
        switch NewPageID.choose(title: title, requested: id, type: type) {
        case .success(let chosen): pageID = chosen
        case .failure(let refusal): return CommandOutcome(status: .usage, standardError: ["error: \(refusal.message)"])
        }
        let path = PageKey(type: type, id: pageID).sourcePath
        let page = PageStarter(type: type, title: title, categories: type == .categories ? [] : categories, today: today)
        do {
            try ScaffoldWriter.write([(path, page.text)], under: root)
        } catch {
            return CommandOutcome(status: error.status, standardError: ["error: \(error)"])
        }
        return CommandOutcome(status: .success, standardOutput: ["Wrote \(path)"])
    }

    /// `casebook init DIR`: a new content repository that builds with no errors or warnings.
    public static func initialize(directory: URL, today: CalendarDay) -> CommandOutcome {
        let files = Scaffold.repository(today: today)
        do {
            try ScaffoldWriter.write(files, under: directory)
        } catch {
            return CommandOutcome(status: error.status, standardError: ["error: \(error)"])
        }
        return CommandOutcome(status: .success, standardOutput: [
            "Created a content repository in \(directory.path) (\(files.count) files).",
            "Next: casebook build --root \(directory.path)",
        ])
    }

    /// Diagnostics one a line, then the count, with the exit status they imply.
    static func report(_ diagnostics: Diagnostics) -> CommandOutcome {
        var outcome = CommandOutcome(status: diagnostics.hasErrors ? .contentErrors : .success)
        outcome.standardError = diagnostics.sorted.map(\.description)
        if !diagnostics.all.isEmpty { outcome.standardError.append(diagnostics.summary) }
        return outcome
    }
}
