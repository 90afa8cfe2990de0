import BuildPipeline
import CasebookCore
import CasebookTestSupport
import Foundation
import Testing

/// `casebook serve` rebuilds only what an edit affects; the result must be byte for byte what
/// a full build of the same files gives.
@Suite struct IncrementalBuildTests {
    static let waiver = "content/policies/late-fee-waiver.md"

    static func fullBuild(_ root: URL, history: HistoryOptions) -> BuildResult {
        SiteBuild.run(root: root, today: Fixture.today, history: history)
    }

    static func expectSameAsFullBuild(_ incremental: BuildResult, _ root: URL, history: HistoryOptions,
                                      sourceLocation: SourceLocation = #_sourceLocation) {
        let full = fullBuild(root, history: history)
        guard let incrementalTree = incremental.tree, let fullTree = full.tree else {
            Issue.record("a build failed: \(incremental.diagnostics.all) \(full.diagnostics.all)", sourceLocation: sourceLocation)
            return
        }
        #expect(incrementalTree.paths == fullTree.paths, sourceLocation: sourceLocation)
        for path in fullTree.paths where incrementalTree.files[path] != fullTree.files[path] {
            Issue.record("\(path) differs from a full build", sourceLocation: sourceLocation)
        }
        #expect(incremental.diagnostics.sorted == full.diagnostics.sorted, sourceLocation: sourceLocation)
    }

    static func edit(_ root: TemporaryDirectory, _ path: String, _ change: (String) -> String) throws -> String {
        let url = root.url.appendingPathComponent(path)
        try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: false, encoding: .utf8)
        return url.path
    }

    @Test func aBodyEditRebuildsThatPageOnlyAndMatchesAFullBuild() throws {
        let root = try Fixture.make()
        defer { root.remove() }
        let history = HistoryOptions(enabled: false)
        let builder = IncrementalBuild(root: root.url, today: Fixture.today, history: history)
        #expect(builder.build().tree != nil)
        let path = try Self.edit(root, Self.waiver) { $0.replacingOccurrences(of: "We waive a fee once a year.", with: "We waive a fee once a year, quietly.") }
        let result = builder.build(changed: [path])
        #expect(builder.lastKind == .pages([PageKey(type: .policies, id: "late-fee-waiver")]))
        let page = String(decoding: result.tree?.files["public/policies/late-fee-waiver/index.html"] ?? [], as: UTF8.self)
        #expect(page.contains("quietly"))
        Self.expectSameAsFullBuild(result, root.url, history: history)

        // A second edit builds on the first.
        let again = try Self.edit(root, Self.waiver) { $0.replacingOccurrences(of: "At most one waiver per year.", with: "At most one waiver a year.") }
        Self.expectSameAsFullBuild(builder.build(changed: [again]), root.url, history: history)
        #expect(builder.lastKind == .pages([PageKey(type: .policies, id: "late-fee-waiver")]))
    }

    /// The handbook holds every policy's body (and on the public site every FAQ entry's): an
    /// edit to one writes it again, in each language's site, into that language's folder.
    @Test func aBodyEditRewritesTheHandbookOfEachLanguage() throws {
        let root = try Fixture.make(["casebook.yml": Fixture.configuration(adding: "languages:\n  es: {}")])
        defer { root.remove() }
        let history = HistoryOptions(enabled: false)
        let builder = IncrementalBuild(root: root.url, today: Fixture.today, history: history)
        #expect(builder.build().tree != nil)
        let faq = "content/faq/what-is-an-exception.md"
        for (path, text) in [(Self.waiver, "We waive a fee once a year."), (faq, "Call us.")] {
            let edited = try Self.edit(root, path) { $0.replacingOccurrences(of: text, with: text.dropLast() + ", kindly.") }
            let result = builder.build(changed: [edited])
            #expect(builder.lastKind != .full)
            for handbook in ["public/handbook/index.html", "public/es/handbook/index.html"] {
                let page = String(decoding: result.tree?.files[handbook] ?? [], as: UTF8.self)
                #expect(page.contains(text.dropLast() + ", kindly."), "\(handbook) shows the edit")
            }
            Self.expectSameAsFullBuild(result, root.url, history: history)
        }
    }

    /// A change to the file that leaves its front matter's meaning and its body as they were
    /// (a YAML comment) still changes the file's git id, which the staff page shows.
    @Test func aFrontMatterCommentUpdatesTheSourceHashInPlace() throws {
        let root = try Fixture.make()
        defer { root.remove() }
        let history = HistoryOptions(enabled: false)
        let builder = IncrementalBuild(root: root.url, today: Fixture.today, history: history)
        let before = builder.build().tree?.files["internal/policies/late-fee-waiver/index.html"]
        let path = try Self.edit(root, Self.waiver) { $0.replacingOccurrences(of: "title: Late fee waiver", with: "title: Late fee waiver # reviewed") }
        let result = builder.build(changed: [path])
        #expect(builder.lastKind == .pages([PageKey(type: .policies, id: "late-fee-waiver")]))
        #expect(result.tree?.files["internal/policies/late-fee-waiver/index.html"] != before)
        Self.expectSameAsFullBuild(result, root.url, history: history)
    }

    @Test(arguments: [
        ("a title", "title: Late fee waiver", "title: Late fee waivers"),
        ("a link", "We waive a fee once a year.", "We waive a fee once a year; see [billing](../categories/billing-errors.md)."),
        ("a heading", "## Limits", "## Limits and exceptions"),
    ])
    func otherEditsAreFullBuilds(_ what: String, _ old: String, _ new: String) throws {
        let root = try Fixture.make()
        defer { root.remove() }
        let history = HistoryOptions(enabled: false)
        let builder = IncrementalBuild(root: root.url, today: Fixture.today, history: history)
        _ = builder.build()
        let path = try Self.edit(root, Self.waiver) { $0.replacingOccurrences(of: old, with: new) }
        let result = builder.build(changed: [path])
        #expect(builder.lastKind == .full, "\(what)")
        Self.expectSameAsFullBuild(result, root.url, history: history)
    }

    @Test func editorSwapFilesChangeNothingAndNewFilesAreFullBuilds() throws {
        let root = try Fixture.make()
        defer { root.remove() }
        let builder = IncrementalBuild(root: root.url, today: Fixture.today, history: HistoryOptions(enabled: false))
        _ = builder.build()
        _ = builder.build(changed: [root.url.appendingPathComponent("content/policies/.late-fee-waiver.md.swp").path])
        #expect(builder.lastKind == .unchanged)
        try root.write(["content/faq/new.md": "---\ntitle: New\n---\nNew.\n"])
        _ = builder.build(changed: [root.url.appendingPathComponent("content/faq/new.md").path])
        #expect(builder.lastKind == .full)
    }

    @Test func withGitHistoryTheUncommittedMarkFollowsTheEdit() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try GitRepository(folder)
        try repository.commit(Fixture.files, message: "Add the fixture", date: "2026-05-01T10:00:00Z")
        try repository.commit([Self.waiver: Fixture.files[Self.waiver]!.replacingOccurrences(of: "## Limits", with: "## Limits\n\nSee below.")],
                              message: "Explain the limits", date: "2026-05-02T10:00:00Z")
        let history = HistoryOptions()
        let builder = IncrementalBuild(root: folder.url, today: Fixture.today, history: history)
        _ = builder.build()
        let path = try Self.edit(folder, Self.waiver) { $0.replacingOccurrences(of: "once a year.", with: "once every year.") }
        let result = builder.build(changed: [path])
        #expect(builder.lastKind == .pages([PageKey(type: .policies, id: "late-fee-waiver")]))
        Self.expectSameAsFullBuild(result, folder.url, history: history)
        let staffPage = String(decoding: result.tree?.files["internal/policies/late-fee-waiver/index.html"] ?? [], as: UTF8.self)
        #expect(staffPage.contains("uncommitted"), "the staff page says it has uncommitted changes")
    }

    /// An edit to a translated page changes what its translations' staff pages say (outdated,
    /// with what changed since) and the governance page's table: a full build.
    @Test func anEditToATranslatedPageMarksItsTranslationsOutdated() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try GitRepository(folder)
        let faq = "content/faq/what-is-an-exception.md"
        var files = Fixture.files
        files["casebook.yml"] = files["casebook.yml"]! + "\nlanguages:\n  es: {}\n"
        files["content/faq/what-is-an-exception.es.md"] = "---\ntitle: ¿Qué es una excepción?\n---\nUna cortesía única.\n"
        try repository.commit(files, message: "Add the fixture", date: "2026-05-01T10:00:00Z")
        let history = HistoryOptions()
        let builder = IncrementalBuild(root: folder.url, today: Fixture.today, history: history)
        let translation = "internal/es/faq/what-is-an-exception/index.html"
        let first = String(decoding: builder.build().tree?.files[translation] ?? [], as: UTF8.self)
        #expect(first.contains("translation-current"))
        let path = try Self.edit(folder, faq) { $0.replacingOccurrences(of: "Call us.", with: "Call us today.") }
        let result = builder.build(changed: [path])
        #expect(builder.lastKind == .full)
        let page = String(decoding: result.tree?.files[translation] ?? [], as: UTF8.self)
        #expect(page.contains("translation-outdated"))
        #expect(page.contains("today</ins>"))
        Self.expectSameAsFullBuild(result, folder.url, history: history)
    }

    /// A policy whose last commit changed a limit is listed on the governance page; its first
    /// edit makes that edit the last change, which changes the list: a full build.
    @Test func anEditAfterALimitChangeTakesItOffTheGovernancePage() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try GitRepository(folder)
        try repository.commit(Fixture.files, message: "Add the fixture", date: "2026-05-01T10:00:00Z")
        let raised = Fixture.files[Self.waiver]!.replacingOccurrences(of: "up_to: \"$100\"", with: "up_to: \"$150\"")
        try repository.commit([Self.waiver: raised], message: "Raise a limit", date: "2026-05-02T10:00:00Z")
        let history = HistoryOptions()
        let builder = IncrementalBuild(root: folder.url, today: Fixture.today, history: history)
        let governance = "internal/governance/index.html"
        let first = String(decoding: builder.build().tree?.files[governance] ?? [], as: UTF8.self)
        #expect(first.contains("limit-changed"))
        let path = try Self.edit(folder, Self.waiver) { $0.replacingOccurrences(of: "once a year.", with: "once every year.") }
        let result = builder.build(changed: [path])
        #expect(builder.lastKind == .full)
        let rebuilt = String(decoding: result.tree?.files[governance] ?? [], as: UTF8.self)
        #expect(!rebuilt.contains("limit-changed"))
        Self.expectSameAsFullBuild(result, folder.url, history: history)

        // The next edit leaves the last change as it was: only the page.
        let again = try Self.edit(folder, Self.waiver) { $0.replacingOccurrences(of: "once every year.", with: "once each year.") }
        Self.expectSameAsFullBuild(builder.build(changed: [again]), folder.url, history: history)
        #expect(builder.lastKind == .pages([PageKey(type: .policies, id: "late-fee-waiver")]))
    }

    /// Enough long FAQ entries for several search buckets, so that an edit can move bucket
    /// boundaries and create or empty term shards.
    @Test func editsThatMoveSearchBucketsAndShardsMatchAFullBuild() throws {
        var files = Fixture.files
        let words = ["refund", "waiver", "delivery", "outage", "credit", "account", "invoice", "goodwill"]
        for number in 0..<30 {
            let body = (0..<120).map { words[($0 * 7 + number) % words.count] }.joined(separator: " ")
            files["content/faq/question-\(number).md"] = "---\ntitle: Question \(number)\nsummary: Answer \(number).\ncategories: [billing-errors]\n---\n\(body)\n"
        }
        let root = try TemporaryDirectory(files)
        defer { root.remove() }
        let history = HistoryOptions(enabled: false)
        let builder = IncrementalBuild(root: root.url, today: Fixture.today, history: history)
        _ = builder.build()
        let edits: [(String) -> String] = [
            { $0 + String(repeating: " zebra quokka", count: 300) },           // new terms, a much longer entry
            { $0.replacingOccurrences(of: " zebra quokka", with: "") },         // and back
            { $0.replacingOccurrences(of: "refund", with: "reimbursement") },   // terms leave, others arrive
        ]
        for edit in edits {
            let path = try Self.edit(root, "content/faq/question-3.md", edit)
            let result = builder.build(changed: [path])
            #expect(builder.lastKind == .pages([PageKey(type: .faq, id: "question-3")]))
            Self.expectSameAsFullBuild(result, root.url, history: history)
        }
    }
}
