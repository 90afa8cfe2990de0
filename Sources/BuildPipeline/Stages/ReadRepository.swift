import CasebookCore
import GitHistory

/// Reads the content (configuration, pages, CODEOWNERS, checked across pages) and its git
/// history at once: git works in its own process while the pages are parsed.
struct ReadRepository: BuildStage {
    var makesOutput: Bool { false }

    func run(_ context: BuildContext) {
        context.progress("Reading content and history")
        let layout = context.layout
        let history = context.options.history
        let gitReading = history.enabled ? BackgroundValue { RepositoryHistory.read(root: layout.root, revision: layout.revision) } : nil
        var (graph, diagnostics) = ContentRepository.load(layout)
        if let gitReading {
            context.progress("Reading history (\(graph.pages.count) pages read)")
            let reading = gitReading.value
            graph.histories = reading.histories
            graph.translationHistories = reading.translations
            if let problem = reading.problem {
                diagnostics.append(Diagnostic(history.required ? .error : .warning, RepositoryLayout.contentFolder, problem))
            }
        }
        context.graph = graph
        context.diagnostics.append(contentsOf: diagnostics)
    }
}
