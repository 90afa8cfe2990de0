import SiteBuilder

/// Opens what the sites are rendered into, as the build's destination asks: memory, nothing,
/// or a staging folder beside the output. An output that cannot be written ends the build.
struct OpenOutput: BuildStage {
    var makesOutput: Bool { true }

    func run(_ context: BuildContext) throws(BuildStop) {
        switch context.destination {
        case .memory:
            context.output = .memory(MemorySink())
        case .nowhere:
            context.output = .nowhere(DiscardingSink())
        case .folder(let folder):
            do {
                context.output = .folder(try StagingFolder(replacing: folder), folder)
            } catch {
                context.writeFailure = "\(error)"
                throw .failed
            }
        }
    }
}
