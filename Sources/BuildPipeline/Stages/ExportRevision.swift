import CasebookCore
import GitHistory

/// Exports the revision a build reads (`--rev`) to the layout's snapshot folder, without
/// touching the working tree or the index. A revision that cannot be read ends the build.
struct ExportRevision: BuildStage {
    var makesOutput: Bool { false }

    func run(_ context: BuildContext) throws(BuildStop) {
        guard let revision = context.layout.revision, let snapshot = context.layout.snapshot else { return }
        context.progress("Reading revision \(revision)")
        do {
            try RevisionExport.export(root: context.layout.root, revision: revision, to: snapshot)
        } catch {
            context.diagnostics.append(Diagnostic(.error, RepositoryLayout.contentFolder, "\(error)"))
            throw .failed
        }
    }
}
