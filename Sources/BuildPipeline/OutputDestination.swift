import Foundation

/// Where a build's files go.
public enum OutputDestination: Sendable {
    /// Kept in memory, in `BuildResult.tree` (`casebook serve`, tests).
    case memory
    /// Written into a staging folder as they are rendered, then swapped in for this folder
    /// (`casebook build`); on errors the folder is left as it was.
    case folder(URL)
    /// Rendered and dropped (`casebook check`).
    case nowhere
}
