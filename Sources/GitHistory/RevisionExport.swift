import Foundation

/// Writes the content repository as it stood at a revision into a folder, without touching
/// the working tree or the index: `git archive` of the repository's folder, unpacked by tar.
public enum RevisionExport {
    /// Why a revision could not be exported.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func export(root: URL, revision: String, to destination: URL) throws {
        let git = Git(directory: root)
        guard let check = git.run(["rev-parse", "--verify", "--quiet", "\(revision)^{commit}"]) else {
            throw Failure(description: "git is not installed, so --rev cannot be used")
        }
        guard check.succeeded else { throw Failure(description: "unknown revision '\(revision)'") }
        let prefix = git.run(["rev-parse", "--show-prefix"])?.text.trimmingNewlines() ?? ""
        let tree = prefix.isEmpty ? revision : "\(revision):\(prefix.hasSuffix("/") ? String(prefix.dropLast()) : prefix)"
        guard let archive = git.run(["archive", "--format=tar", tree]), archive.succeeded else {
            throw Failure(description: "cannot read revision '\(revision)' of \(root.path)")
        }
        try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: true)
        guard let unpacked = Git.run(["tar", "-x", "-C", destination.path], input: archive.standardOutput),
              unpacked.succeeded else {
            throw Failure(description: "cannot unpack revision '\(revision)': tar failed")
        }
    }
}
