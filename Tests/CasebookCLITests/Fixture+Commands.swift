import BuildPipeline
import CasebookCLI
import CasebookTestSupport
import Foundation
import Testing

/// Builds and checks of the fixture through the commands.
extension Fixture {
    /// Makes the fixture, builds it into `site/` and hands it to `body`, removing it afterwards.
    static func withBuiltSite(_ body: (TemporaryDirectory) throws -> Void) throws {
        let root = try make()
        defer { root.remove() }
        build(root)
        try body(root)
    }

    /// Makes the fixture with `changes`, builds it (expecting success) and hands it to `body`,
    /// removing it afterwards.
    static func withBuiltSite(changing changes: [String: String], _ body: (TemporaryDirectory) throws -> Void) throws {
        let root = try make(changes)
        defer { root.remove() }
        let outcome = build(root)
        #expect(outcome.status == .success, "\(outcome.standardError)")
        try body(root)
    }

    /// Builds `root` into `root/site` (or `output`); without git history unless `history` says otherwise.
    @discardableResult
    static func build(_ root: TemporaryDirectory, output: URL? = nil,
                      history: HistoryOptions = HistoryOptions(enabled: false)) -> CommandOutcome {
        Commands.build(root: root.url, output: output ?? root.url.appendingPathComponent("site"), today: today,
                       history: history)
    }

    /// Runs `casebook check` on `root` on the fixture's day, without git history.
    static func check(_ root: TemporaryDirectory, strict: Bool = false, format: CheckFormat = .text) -> CommandOutcome {
        Commands.check(root: root.url, today: today, history: HistoryOptions(enabled: false), strict: strict, format: format)
    }

    /// A file of the site built into `root/site`, as text; empty when it is missing.
    static func read(_ root: TemporaryDirectory, _ path: String) -> String {
        (try? String(contentsOf: root.url.appendingPathComponent("site/\(path)"), encoding: .utf8)) ?? ""
    }
}
