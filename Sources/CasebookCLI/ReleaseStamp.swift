#if !CASEBOOK_RELEASE_STAMP
/// What a build knows of the commit it was made from: nothing, in any build but a release.
/// `scripts/release` writes `ReleaseStamp.generated.swift` (ignored by git) with the commit
/// and compiles with `-D CASEBOOK_RELEASE_STAMP`, which swaps that file's type in for this one.
enum ReleaseStamp {
    /// The commit, `nil` when not stamped.
    static let commit: String? = nil
}
#endif
