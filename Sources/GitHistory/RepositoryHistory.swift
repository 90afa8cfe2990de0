import CasebookCore
import Foundation

/// Reads the history of every page with one `git log` pass (plus one `rev-parse` and, for
/// a working-tree build, one `git status`, all three at once): never a git process per file.
public enum RepositoryHistory {
    /// The histories found, and why dates are missing or may be wrong, if they are.
    public struct Reading: Sendable {
        public var histories: [PageKey: PageHistory] = [:]
        /// The translations' histories, by language and source page.
        public var translations: [String: [PageKey: TranslationHistory]] = [:]
        /// One sentence for the writer; `nil` when the history is complete.
        public var problem: String?
    }

    /// - Parameters:
    ///   - root: the content repository (it may be a folder inside a larger git repository).
    ///   - revision: the commit to build from; `nil` for the working tree, whose uncommitted
    ///     edits are then marked.
    public static func read(root: URL, revision: String? = nil) -> Reading {
        let git = Git(directory: root)
        // The three do not depend on each other: git runs them side by side.
        // No pathspec for the log: limiting history to content/ makes git simplify history
        // per commit, which costs twice as much as listing every change and keeping content/ here.
        let logReading = BackgroundValue {
            git.run(["log", "-M", "--name-status", "-z", "--relative", "--format=\(GitLogParser.format)", revision ?? "HEAD"])
        }
        let statusReading = revision == nil ? BackgroundValue { status(git) } : nil
        guard let info = git.run(["rev-parse", "--is-shallow-repository", "--show-prefix", "--git-path", "shallow"]) else {
            return Reading(problem: "git is not installed, so pages show no dates")
        }
        guard info.succeeded else {
            return Reading(problem: "\(root.path) is not in a git repository, so pages show no dates")
        }
        let lines = info.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let isShallow = lines.first == "true"
        var reading = Reading()
        var boundaries = Set<String>()
        if isShallow {
            let shallowFile = lines.count > 2 ? lines[2] : ".git/shallow"
            let url = shallowFile.hasPrefix("/") ? URL(fileURLWithPath: shallowFile) : root.appendingPathComponent(shallowFile)
            let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            boundaries = Set(text.split(separator: "\n").map(String.init))
            reading.problem = "this is a shallow clone: creation dates, and last-updated dates older than its history, "
                + "are left out (fetch the full history with 'git fetch --unshallow')"
        }

        let prefix = lines.count > 1 ? lines[1] : ""
        let log = logReading.value
        guard let log, log.succeeded else {
            if let statusReading, log?.standardError.contains("does not have any commits") ?? false {
                reading.problem = "the repository has no commits yet, so pages show no dates"
                let byPath = uncommitted(statusReading.value, prefix: prefix, into: [:])
                reading.histories = pageHistories(byPath)
                reading.translations = TranslationHistories.build(byPath, sources: reading.histories, order: [:])
                return reading
            }
            reading.problem = "git log failed, so pages show no dates: \(log?.standardError.trimmingNewlines() ?? "")"
            return reading
        }
        let entries = GitLogParser.parse(Array(log.standardOutput))
        var byPath = HistoryIndex.build(entries, shallowBoundaries: boundaries)
        if let statusReading { byPath = uncommitted(statusReading.value, prefix: prefix, into: byPath) }
        reading.histories = pageHistories(byPath)
        PreviousRevisions.attach(to: &reading.histories, git: git)
        let order = Dictionary(entries.enumerated().map { ($1.commit.id, $0) }) { first, _ in first }
        reading.translations = TranslationHistories.build(byPath, sources: reading.histories, order: order)
        TranslationHistories.attachSources(to: &reading.translations, sources: reading.histories, git: git)
        return reading
    }

    /// The pages `git status` reports as changed or untracked now (one git process), or `nil`
    /// when git cannot say: for a rebuild after an edit, without reading the history again.
    public static func uncommittedPages(root: URL) -> Set<PageKey>? {
        let git = Git(directory: root)
        guard let info = git.run(["rev-parse", "--show-prefix"]), info.succeeded else { return nil }
        let prefix = info.text.trimmingNewlines()
        return Set(pageHistories(uncommitted(status(git), prefix: prefix, into: [:])).keys)
    }

    /// Reads again the version before the last change of the policies among `keys`, whose
    /// uncommitted mark changed since the history was read (one git process).
    public static func refreshPrevious(of keys: Set<PageKey>, in histories: inout [PageKey: PageHistory], root: URL) {
        PreviousRevisions.attach(to: &histories, only: keys, git: Git(directory: root))
    }

    /// What `git status` says of `content/`: changed and untracked files.
    private static func status(_ git: Git) -> Git.Output? {
        git.run(["status", "--porcelain=v1", "-z", "--untracked-files=all", "--", "content"])
    }

    /// Marks the files `git status` reported as changed or untracked under `content/`.
    private static func uncommitted(_ status: Git.Output?, prefix: String, into histories: [String: PageHistory])
        -> [String: PageHistory] {
        var histories = histories
        guard let status, status.succeeded else { return histories }
        var fields = status.standardOutput.split(separator: 0x00).map { String(decoding: $0, as: UTF8.self) }[...]
        while let field = fields.popFirst() {
            guard field.count > 3 else { continue }
            let code = field.prefix(2)
            let repositoryPath = String(field.dropFirst(3))
            if code.contains("R") || code.contains("C") { _ = fields.popFirst() }
            guard repositoryPath.hasPrefix(prefix) else { continue }
            let path = String(repositoryPath.dropFirst(prefix.count))
            histories[path, default: PageHistory()].hasUncommittedChanges = true
        }
        return histories
    }

    /// Keeps the histories of page files (not translations), keyed by page.
    private static func pageHistories(_ byPath: [String: PageHistory]) -> [PageKey: PageHistory] {
        var result: [PageKey: PageHistory] = [:]
        for (path, history) in byPath where path.hasPrefix("content/") {
            if let key = PageKey(contentPath: String(path.dropFirst("content/".count))), PageKey.isValidID(key.id) {
                result[key] = history
            }
        }
        return result
    }
}
