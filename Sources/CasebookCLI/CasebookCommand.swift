import ArgumentParser
import BuildPipeline
import CasebookCore
import Foundation

/// The `casebook` command line.
public struct CasebookCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "casebook",
        abstract: "Build a staff guide and a public help center from a git repository of policy Markdown.",
        version: CasebookVersion.description,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, InitCommand.self])

    public init() {}
}

/// Options every command shares.
struct RootOptions: ParsableArguments {
    @Option(name: .long, help: "The content repository (default: the current directory).")
    var root: String = "."

    var rootURL: URL { URL(fileURLWithPath: root).standardizedFileURL }
}

/// How the history of the content repository is used.
struct HistoryFlags: ParsableArguments {
    @Option(name: .long, help: "Build the content as it stood at this tag, branch or commit.")
    var rev: String?

    @Flag(name: .long, help: "Fail when git history is missing or incomplete (for CI).")
    var requireHistory = false

    @Flag(name: .long, help: "Do not read git history: no dates, authors or redlines.")
    var noHistory = false

    var options: HistoryOptions {
        HistoryOptions(enabled: !noHistory, required: requireHistory, revision: rev)
    }
}

/// `casebook build`
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Build site/internal (staff guide) and site/public (help center).")

    @OptionGroup var options: RootOptions

    @Option(name: .long, help: "Where to write the sites (default: ROOT/site).")
    var output: String?

    @OptionGroup var history: HistoryFlags

    func run() throws {
        let outputURL = output.map { URL(fileURLWithPath: $0).standardizedFileURL }
            ?? RepositoryLayout(root: options.rootURL).defaultOutput
        try finish(Commands.build(root: options.rootURL, output: outputURL, today: BuildDay.today(),
                                  history: history.options))
    }
}

/// `casebook check`
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate the content and templates; write nothing.")

    @OptionGroup var options: RootOptions
    @OptionGroup var history: HistoryFlags

    @Flag(name: .long, help: "Treat warnings as errors (exit 1), for CI.")
    var strict = false

    @Option(name: .long, help: "Output format: text (compiler-style lines) or json (for tools, on standard output).")
    var format: CheckFormat = .text

    func run() throws {
        try finish(Commands.check(root: options.rootURL, today: BuildDay.today(), history: history.options,
                                  strict: strict, format: format))
    }
}

/// Prints what a command produced and exits with its status.
func finish(_ outcome: CommandOutcome) throws {
    for line in outcome.standardError { FileHandle.standardError.write(Data((line + "\n").utf8)) }
    for line in outcome.standardOutput { print(line) }
    if outcome.status != .success { throw ExitCode(outcome.status.rawValue) }
}
