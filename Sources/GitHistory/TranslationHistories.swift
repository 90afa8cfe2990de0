import CasebookCore
import Foundation

/// The histories of translation files (`content/faq/x.es.md`), by language and source page,
/// each with its source's commits after the translation's newest one and, when there are
/// such changes (committed or not), the source as it stood at that commit.
enum TranslationHistories {
    /// - Parameters:
    ///   - byPath: every file's history, by path relative to the content repository.
    ///   - sources: the pages' histories, by page.
    ///   - order: each commit's place in the log (0 for the newest), which orders commits
    ///     across files as git does, merges included.
    static func build(_ byPath: [String: PageHistory], sources: [PageKey: PageHistory],
                      order: [String: Int]) -> [String: [PageKey: TranslationHistory]] {
        var result: [String: [PageKey: TranslationHistory]] = [:]
        for (path, history) in byPath where path.hasPrefix("content/") {
            guard let (key, language) = PageKey.translation(contentPath: String(path.dropFirst("content/".count))) else {
                continue
            }
            var translation = TranslationHistory(history: history)
            if let newest = history.commits.first, let position = order[newest.id] {
                translation.sourceRevision = "\(newest.id):./\(key.sourcePath)"
                translation.sourceCommitsSince = (sources[key]?.commits ?? []).filter { commit in
                    order[commit.id].map { $0 < position } ?? false
                }
            }
            result[language, default: [:]][key] = translation
        }
        return result
    }

    /// Reads with one `git cat-file --batch` the source of each outdated translation as it
    /// stood at the translation's newest commit (`TranslationHistory.sourceThen`), for its redline.
    static func attachSources(to translations: inout [String: [PageKey: TranslationHistory]],
                              sources: [PageKey: PageHistory], git: Git) {
        var wanted: [(language: String, key: PageKey, revision: String)] = []
        for (language, histories) in translations.sorted(by: { $0.key < $1.key }) {
            for (key, translation) in histories.sorted(by: { $0.key < $1.key }) {
                guard case .outdated = TranslationState(translation: translation, source: sources[key]),
                      let revision = translation.sourceRevision else { continue }
                wanted.append((language, key, revision))
            }
        }
        guard !wanted.isEmpty else { return }
        let request = wanted.map { $0.revision + "\n" }.joined()
        guard let output = git.run(["cat-file", "--batch", "--buffer"], input: Data(request.utf8)), output.succeeded else { return }
        for (entry, object) in zip(wanted, PreviousRevisions.parseBatch(Array(output.standardOutput))) {
            translations[entry.language]?[entry.key]?.sourceThen = object.flatMap { PreviousVersion(bytes: $0, type: entry.key.type) }
        }
    }
}
