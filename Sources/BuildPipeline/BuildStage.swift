/// One named step of a build over its `BuildContext`, as Publish's publishing steps are. The
/// full build, `check` and the rebuild after an edit are lists of these (`BuildPlan`).
protocol BuildStage {
    /// Whether the stage makes output, and so is skipped once reading the content found errors.
    var makesOutput: Bool { get }
    func run(_ context: BuildContext) throws(BuildStop)
}

/// Why a stage ended its build early.
enum BuildStop: Error {
    /// The build cannot go on; the context says why (a diagnostic, or a write failure).
    case failed
    /// A rebuild of edited pages alone cannot give what a full build would.
    case needsFullBuild
}
