/// Which Casebook this is, as `casebook --version` says it: the release number, and the
/// commit a release binary was built from.
public enum CasebookVersion {
    /// The release this source tree is, or is about to be. `scripts/release` names the
    /// tarball after it; raise it before tagging a release (`v` and this number).
    public static let number = "0.1.0"

    /// The line `casebook --version` prints: a release names its commit, any other build
    /// says it is a development build.
    public static var description: String {
        guard let commit = ReleaseStamp.commit else { return "casebook \(number) (development build)" }
        return "casebook \(number) (commit \(commit))"
    }
}
