import CasebookCore
import Foundation
import SiteBuilder

/// What the stages of one build share: what is built and how, and what each stage has read,
/// found and made so far. A rebuild after an edit runs its stages over the context of the
/// last good build (see `IncrementalBuild`).
final class BuildContext {
    /// Where the repository's files are; for a revision, the snapshot it is exported to.
    let layout: RepositoryLayout
    let options: BuildOptions
    let destination: OutputDestination
    /// Hears what the build is doing, for a status line.
    let progress: (String) -> Void

    /// The content with its history; empty until `ReadRepository`.
    var graph = ContentGraph(configuration: SiteConfiguration(), pages: [], linkTargets: [:])
    /// What reading and checking found: the content, its history, the writers' checks, the theme.
    var diagnostics = Diagnostics()
    /// Set by `LoadTheme`.
    var theme: Theme?
    /// Set by `OpenOutput`; a folder's staging is let go once committed.
    var output: BuildOutput?
    /// Each site rendered so far, staff guide first.
    var audiences: [AudienceBuild] = []
    /// The pages an edit changed, when only they are built again (`RereadPages`); `nil` for a
    /// whole build.
    var changedPages: [Page]?
    /// Checks edited pages against the rest; made at the first page rebuild, then kept up to date.
    var pageChecker: ContentValidator.PageChecker?

    /// The sites of a build into memory, once committed.
    var tree: OutputTree?
    var fileCount = 0
    var writeFailure: String?

    init(layout: RepositoryLayout, options: BuildOptions, destination: OutputDestination,
         progress: @escaping (String) -> Void = { _ in }) {
        self.layout = layout
        self.options = options
        self.destination = destination
        self.progress = progress
    }

    /// Runs `stages` in order. A stage that makes output is skipped once reading found errors,
    /// so every problem with the content is reported and nothing is rendered; a stage that
    /// throws ends the build. Either way, what the build made on the way is let go of.
    func run(_ stages: [any BuildStage]) throws(BuildStop) {
        defer { finish() }
        for stage in stages where !(stage.makesOutput && diagnostics.hasErrors) {
            try stage.run(self)
        }
    }

    /// Removes the exported revision and a staging folder that was not committed.
    private func finish() {
        if case .folder(let staging, _)? = output {
            staging.discard()
            output = nil
        }
        if let snapshot = layout.snapshot { try? FileManager.default.removeItem(at: snapshot) }
    }

    /// The outcome so far: the content's diagnostics, then each site's.
    var result: BuildResult {
        var all = diagnostics
        for site in audiences { all.append(contentsOf: site.diagnostics) }
        var pageCounts: [Audience: Int] = [:]
        for site in audiences where site.language == graph.configuration.language.code { pageCounts[site.audience] = site.pageCount }
        var result = BuildResult(tree: tree, diagnostics: all, pageCounts: pageCounts, fileCount: fileCount,
                                 writeFailure: writeFailure)
        result.translationCount = graph.translations.values.reduce(0) { $0 + $1.count }
        result.otherLanguageCount = graph.configuration.otherLanguages.count
        return result
    }
}
