import CasebookCore
import SiteBuilder

/// What a build produced.
public struct BuildResult: Sendable {
    /// `internal/...` and `public/...` of a build into memory; `nil` when there were errors.
    public var tree: OutputTree?
    public var diagnostics: Diagnostics
    /// Pages per site, for the closing line; empty when the content had errors.
    public var pageCounts: [Audience: Int]
    /// How many translations were read, and into how many languages besides the default.
    public var translationCount = 0
    public var otherLanguageCount = 0
    /// How many files the sites have (when built without errors).
    public var fileCount: Int
    /// Why a build into a folder could not be written there; the folder is left as it was.
    public var writeFailure: String?
}
