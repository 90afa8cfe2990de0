/// Makes a build's output final when both sites were rendered without errors: keeps the tree
/// of a build into memory, or moves the staging folder into place of the output folder. With
/// errors it does nothing, and the staging folder is discarded when the build ends.
struct Commit: BuildStage {
    var makesOutput: Bool { true }

    func run(_ context: BuildContext) {
        guard !context.audiences.contains(where: \.hasErrors) else { return }
        switch context.output {
        case .memory(let sink)?:
            let tree = sink.tree
            context.tree = tree
            context.fileCount = tree.files.count
        case .nowhere(let sink)?:
            context.fileCount = sink.fileCount
        case .folder(let staging, let folder)?:
            context.progress("Writing \(folder.path)")
            do {
                try staging.commit()
                context.fileCount = staging.fileCount
            } catch {
                context.writeFailure = "\(error)"
            }
            context.output = nil
        case nil:
            preconditionFailure("Commit runs after OpenOutput")
        }
    }
}
