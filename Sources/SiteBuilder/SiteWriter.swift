import CasebookCore
import Foundation

/// Writes an output tree held in memory to its folder all at once, through a `StagingFolder`.
public enum SiteWriter {
    public static func write(_ tree: OutputTree, to output: URL) throws {
        let staging = try StagingFolder(replacing: output)
        let paths = tree.paths
        paths.parallelForEach { path in staging.add(path, bytes: tree.files[path] ?? []) }
        try staging.commit()
    }
}
